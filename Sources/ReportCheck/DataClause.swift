import Foundation

/// The words around a printed figure that say what it is a figure of, as the data mode reads them.
///
/// `clause`: back to the previous punctuation or figure (brackets do not stop it: `因公出国（境）费用`);
/// `segment`: back to the sentence's start or its last `；`, where the unit a clause is about is named.
struct DataClause {
    let clause: String
    let segment: String
    /// A target rather than a value (`≤100%`, `不低于90%`).
    let isTarget: Bool

    private static let stops: Set<Character> = Set("，,；;：。！？!?、\n\t")

    init(figure: PrintedFigure, previous: PrintedFigure?, sentence: Sentence) {
        let text = sentence.text
        let start = figure.range.lowerBound
        var index = start
        let floor = max(sentence.range.lowerBound, previous?.range.upperBound ?? 0)
        while index > floor, !Self.stops.contains(text[index - 1]) { index -= 1 }
        let raw = String(text[index..<start])
        clause = Self.normalize(raw)
        var segmentStart = start
        while segmentStart > sentence.range.lowerBound, !"；;".contains(text[segmentStart - 1]) { segmentStart -= 1 }
        segment = Self.normalize(String(text[segmentStart..<start]))
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        isTarget =
            trimmed.last.map { "≤<≥>＜＞≦≧".contains($0) } ?? false
            || ["不低于", "不高于", "不超过", "不少于", "小于", "大于", "低于", "高于"].contains { trimmed.hasSuffix($0) }
    }

    /// A clause read from a label line (a table's row name printed above its cells), or put together.
    init(label: String, isTarget: Bool, segment: String? = nil, normalized: Bool = false) {
        clause = normalized ? label : Self.normalize(label)
        self.segment = segment ?? clause
        self.isTarget = isTarget
    }

    /// Years, brackets, quotes, spaces and `的` dropped; the budget kinds (`一般公共预算`) kept.
    static func normalize(_ text: String) -> String {
        let dropped = text.replacing(/\d{4}年(末|初|度)?/, with: "").replacingOccurrences(of: "的", with: "")
        return dropped.filter { !$0.isWhitespace && !"“”\"'‘’《》（）()「」<>≤≥＜＞".contains($0) }
    }

    /// The clause without leading `其中` and trailing verbs (`为`, `达`, `共计`): what an `=` name must equal.
    var bare: String {
        var text = clause
        for prefix in ["其中", "合计", "共有", "共"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        var changed = true
        while changed {
            changed = false
            for suffix in ["达到", "共计", "合计", "总计", "为", "是", "达", "计", "约", "有", "共"] where text.hasSuffix(suffix) {
                text.removeLast(suffix.count)
                changed = true
            }
        }
        return text
    }

    /// A change (`较上年增加`, `下降`): a difference, never the figure itself.
    var isChange: Bool {
        FigureLabel.isChange(clause)
            || ["增加", "减少", "增长", "下降", "节约", "节省", "超支", "差额", "变动", "增减"].contains { clause.contains($0) }
    }

    /// The basis the words before the figure name: the last of 年初预算, 全年预算, 预算, 决算, 实际.
    var basis: Set<DataFigures.Basis>? {
        var text = segment
        for kind in ["一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "预算单位"] {
            text = text.replacingOccurrences(of: kind, with: "")
        }
        let words: [(String, Set<DataFigures.Basis>)] = [
            ("年初预算", [.initial]), ("全年预算", [.final]), ("调整后预算", [.final]), ("预算数调整", [.final]),
            ("预算", [.initial, .final]), ("决算", [.actual]), ("实际", [.actual]), ("执行数", [.actual]),
        ]
        var best: (end: String.Index, length: Int, basis: Set<DataFigures.Basis>)?
        for (word, basis) in words {
            guard let range = text.ranges(of: word).last else { continue }
            if best == nil || range.upperBound > best!.end
                || (range.upperBound == best!.end && word.count > best!.length)
            {
                best = (range.upperBound, word.count, basis)
            }
        }
        return best?.basis
    }
}

/// Finds the totals-and-parts relations a sentence states.
struct SumExtractor {
    let paragraph: AnalyzedParagraph
    /// The sentence before, for a `其中` that opens a sentence.
    let previous: Sentence?
    /// The section's subject total, for breakdowns without a total of their own.
    let anchor: PrintedFigure?

    /// Words that end a list: a figure after them is a change or a grand total, not a part.
    static let listEnders = ["较", "比上年", "同比", "增加", "减少", "增长", "下降", "节约", "合计", "总计", "共计"]

    func relations(in sentence: Sentence) -> [SumRelation] {
        let markers = markers(in: sentence)
        var found: [SumRelation] = []
        for (index, marker) in markers.enumerated() {
            let next = index + 1 < markers.count ? markers[index + 1] : nil
            found += relations(for: marker, next: next, in: sentence)
        }
        return found + totalsAfterParts(in: sentence, markers: markers)
    }

    /// The markers in order; a marker with no figure before the next one merges into it (`按…划分，分别为：`).
    func markers(in sentence: Sentence) -> [ListMarker] {
        var found: [ListMarker] = []
        for (word, kind) in ListMarker.words {
            for start in sentence.occurrences(of: word, brackets: paragraph.brackets) {
                let before = sentence.slice(start - 2, start)
                let selective = before.hasSuffix("主要") || before.hasSuffix("要")
                found.append(ListMarker(kind: kind, start: start, end: start + word.count, selective: selective))
            }
        }
        found.sort { $0.start < $1.start }
        var merged: [ListMarker] = []
        for marker in found {
            if var last = merged.last,
                !sentence.figures.contains(where: { (last.end..<marker.start).contains($0.range.lowerBound) })
            {
                last.selective = last.selective || marker.selective
                merged[merged.count - 1] = ListMarker(
                    kind: last.kind == .breakdown ? .breakdown : marker.kind, start: last.start, end: marker.end,
                    selective: last.selective)
            } else {
                merged.append(marker)
            }
        }
        return merged
    }

    private func relations(for marker: ListMarker, next: ListMarker?, in sentence: Sentence) -> [SumRelation] {
        var parts = parts(after: marker, before: next?.start ?? sentence.range.upperBound, in: sentence)
        if next != nil, let last = parts.last { parts.removeAll { $0 == last } }  // the next list's total
        let exhaustive = !marker.selective && !endsWithEtc(parts, in: sentence)
        var found: [SumRelation] = []
        for family in Set(parts.map(\.unit.family)).sorted() {
            let members = parts.filter { $0.unit.family == family }
            guard let total = total(of: family, before: marker, in: sentence) else { continue }
            found.append(SumRelation(total: total, parts: members, exhaustive: exhaustive, sentence: sentence))
        }
        return found
    }

    /// Money and counted figures after the marker, outside brackets, up to a change or a grand total.
    private func parts(after marker: ListMarker, before end: Int, in sentence: Sentence) -> [PrintedFigure] {
        var parts: [PrintedFigure] = []
        for figure in sentence.figures where figure.range.lowerBound >= marker.end && figure.range.lowerBound < end {
            if figure.inBrackets { continue }
            if Self.listEnders.contains(where: figure.label.contains) { break }
            if case .money = figure.unit {
                parts.append(figure)
            } else if case .count = figure.unit {
                parts.append(figure)
            }
        }
        return parts
    }

    private func endsWithEtc(_ parts: [PrintedFigure], in sentence: Sentence) -> Bool {
        guard let last = parts.last else { return false }
        return sentence.slice(last.range.upperBound, last.range.upperBound + 3).contains("等")
    }

    /// The last figure of the family before the marker; else the sentence before (`。其中`), or the anchor.
    private func total(of family: String, before marker: ListMarker, in sentence: Sentence) -> PrintedFigure? {
        let before = sentence.figures.filter { $0.range.upperBound <= marker.start && !$0.inBrackets }
        if let total = before.last(where: { $0.unit.family == family }) { return total }
        if marker.kind == .ofWhich, before.isEmpty, let previous {
            return previous.figures.last { $0.unit.family == family && !$0.inBrackets }
        }
        if marker.kind == .breakdown, let anchor, anchor.unit.family == family { return anchor }
        return nil
    }

    /// `A，B，C，合计X`: a grand total printed after its parts, in a sentence without a list marker before it.
    private func totalsAfterParts(in sentence: Sentence, markers: [ListMarker]) -> [SumRelation] {
        let totalWords = ["合计", "总计", "共计", "总额"]
        guard
            let total = sentence.figures.first(where: { figure in
                !figure.inBrackets && totalWords.contains(where: figure.label.contains)
                    && !markers.contains { $0.start < figure.range.lowerBound }
            })
        else { return [] }
        let parts = sentence.figures.filter {
            $0.range.upperBound <= total.range.lowerBound && !$0.inBrackets && $0.unit.family == total.unit.family
        }
        guard parts.count >= 2, total.unit.family != "percent" else { return [] }
        return [SumRelation(total: total, parts: parts, exhaustive: true, sentence: sentence)]
    }
}

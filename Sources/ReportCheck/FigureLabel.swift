import Foundation

/// The words that name a figure, and the key two names are compared by.
enum FigureLabel {
    /// Punctuation that ends a clause: a label never reaches past it.
    static let stops: Set<Character> = Set("，,；;：。！？!?、（）\n\t")

    /// Words that say when, or join, rather than name: dropped before names are compared.
    private static let fillers = [
        "其中", "全年", "本年", "当年", "年度", "合计", "总计", "共计", "实际", "我局", "我单位",
        "本单位", "本部门", "的", "为", "是", "达", "共", "约", "计", "有",
    ]

    /// The name with years, fillers and spaces removed: `2022年市财政批复的基本支出年初预算为` → `市财政批复基本支出年初预算`.
    static func key(_ label: String) -> String {
        var text = label.replacing(/\d{4}年(末|初|度)?/, with: "")
        for filler in fillers { text = text.replacingOccurrences(of: filler, with: "") }
        return text.filter { !$0.isWhitespace && !"“”\"'《》".contains($0) }
    }

    /// Whether a figure named `label` is the thing `name` names: one key ends with the other.
    static func names(_ figure: PrintedFigure, key b: String) -> Bool {
        let a = figure.labelKey
        guard a.count >= 2, b.count >= 2 else { return false }
        return a.hasSuffix(b) || b.hasSuffix(a) || a.contains(b)
    }

    /// A change's label (`较上年增加`): the figure is a difference, never a whole or a prior.
    static func isChange(_ label: String) -> Bool {
        label.contains(/(较|比|同比|相比).*(增|减|降|升|节约|节省|超支|多|少)/)
    }
}

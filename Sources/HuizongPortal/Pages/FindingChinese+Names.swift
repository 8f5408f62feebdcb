import HuizongCore

/// The names inside finding texts: columns, sections and items, in the template's Chinese.
extension FindingChinese {
    /// `section/item` (e.g. `income/carryover`) as 收入/年初结转和结余; unknown parts unchanged.
    static func sectionItem(_ text: String) -> String {
        guard let slash = text.firstIndex(of: "/") else { return text }
        let section = String(text[..<slash])
        let item = String(text[text.index(after: slash)...])
        let chineseItem = SubmissionVocabulary.chineseItem(item, section: section) ?? item
        return "\(SubmissionVocabulary.chineseSection(section) ?? section)/\(chineseItem)"
    }

    /// An item of any section (e.g. `reception` → 公务接待费); unknown names unchanged.
    static func item(_ name: String) -> String {
        SubmissionVocabulary.chineseItem(name) ?? name
    }

    /// A section (e.g. `income` → 收入); unknown names unchanged.
    static func section(_ name: String) -> String {
        SubmissionVocabulary.chineseSection(name) ?? name
    }

    /// A list of `name (名称)` choices joined by `separator` (", " or " or ") as
    /// 名称（name） joined by `joiner`, so the accountant reads the template's word first.
    static func choices(_ list: String, separator: String, joiner: String) -> String {
        list.split(separator: separator).map { choice in
            guard let match = choice.wholeMatch(of: /(\S+) \((.+)\)/) else { return String(choice) }
            return "\(match.2)（\(match.1)）"
        }.joined(separator: joiner)
    }
}

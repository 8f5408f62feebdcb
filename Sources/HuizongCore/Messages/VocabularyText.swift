/// The submission format's words (sections, items, columns, kinds) as templates show them:
/// the canonical English names for `en`, the template's Chinese for `zh`.
enum VocabularyText {
    /// A filtered argument; nil for an unknown filter or an absent argument it cannot replace.
    static func filter(_ name: String, _ value: String?, language: Language) -> String? {
        if name == "empty" {
            guard let value, !value.isEmpty else { return language == .zh ? "空单元格" : "an empty cell" }
            return value
        }
        guard let value else { return nil }
        guard language == .zh else { return value }
        switch name {
        case "section": return Section(rawValue: value)?.chineseName ?? value
        case "item": return SubmissionVocabulary.chineseItem(value) ?? SubmissionVocabulary.chineseValue(value) ?? value
        case "column": return SubmissionVocabulary.chineseColumn(value) ?? value
        case "value": return SubmissionVocabulary.chineseValue(value) ?? value
        case "path": return path(value)
        default: return nil
        }
    }

    /// A vocabulary list; nil for an unknown one.
    static func list(_ name: String, args: FindingArgs, language: Language) -> String? {
        let pairs: [(String, String)]
        var joiner = (en: ", ", zh: "、")
        switch name {
        case "sections": pairs = Section.allCases.map { ($0.rawValue, $0.chineseName) }
        case "columns": pairs = SubmissionColumn.allCases.map { ($0.name, $0.chineseName) }
        case "kinds":
            pairs = ExpenditureKind.allCases.map { ($0.rawValue, $0.chineseName) }
            joiner = (" or ", "或")
        case "project_types":
            pairs = ProjectType.allCases.map { ($0.rawValue, $0.chineseName) }
            joiner = (" or ", "或")
        case "items":
            guard let section = args["section"].flatMap({ Section(rawValue: $0.description) }) else { return nil }
            pairs = section.items.map { ($0.english, $0.chinese) }
        default: return nil
        }
        if language == .zh { return pairs.map { "\($0.1)（\($0.0)）" }.joined(separator: joiner.zh) }
        return pairs.map { "\($0.0) (\($0.1))" }.joined(separator: joiner.en)
    }

    /// `section/item` in Chinese (收入/年初结转和结余); unknown parts unchanged.
    private static func path(_ value: String) -> String {
        guard let slash = value.firstIndex(of: "/") else { return value }
        let section = String(value[..<slash])
        let item = String(value[value.index(after: slash)...])
        let chineseItem =
            SubmissionVocabulary.chineseItem(item, section: section) ?? SubmissionVocabulary.chineseValue(item) ?? item
        return "\(SubmissionVocabulary.chineseSection(section) ?? section)/\(chineseItem)"
    }
}

/// The Chinese names the submission format accepts, looked up by their English (canonical) names,
/// so that other modules (the portal) show the accountant the words of the template.
public enum SubmissionVocabulary {
    /// The Chinese header of the column called `english` (e.g. `actual` → 决算数); nil when unknown.
    public static func chineseColumn(_ english: String) -> String? {
        SubmissionColumn.allCases.first { $0.name == english }?.chineseName
            ?? IndicatorColumn(rawValue: english)?.chineseName
    }

    /// The Chinese name of the section called `english` (e.g. `income` → 收入); nil when unknown.
    public static func chineseSection(_ english: String) -> String? {
        Section(rawValue: english)?.chineseName
    }

    /// The Chinese name of `item` in the section called `section` (e.g. `income`, `carryover` →
    /// 年初结转和结余); nil when the section has no such item.
    public static func chineseItem(_ item: String, section: String) -> String? {
        Section(rawValue: section)?.items.first { $0.english == item }?.chinese
    }

    /// The Chinese name of `item` in whichever section has it; nil when none does.
    public static func chineseItem(_ item: String) -> String? {
        Section.allCases.lazy.compactMap { chineseItem(item, section: $0.rawValue) }.first
    }

    /// The Chinese name of an expenditure kind or project type (e.g. `basic` → 基本支出); nil when unknown.
    public static func chineseValue(_ english: String) -> String? {
        ExpenditureKind(rawValue: english)?.chineseName ?? ProjectType(rawValue: english)?.chineseName
    }
}

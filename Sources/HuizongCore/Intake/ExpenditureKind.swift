/// Whether an expenditure line is basic (基本支出) or project (项目支出) spending.
public enum ExpenditureKind: String, Sendable, CaseIterable {
    case basic
    case project

    /// The name used in Chinese submission files.
    var chineseName: String {
        switch self {
        case .basic: "基本支出"
        case .project: "项目支出"
        }
    }

    /// The kind written `name` in English or Chinese.
    init?(named name: String) {
        guard let kind = Self.allCases.first(where: { $0.rawValue == name || $0.chineseName == name })
        else { return nil }
        self = kind
    }
}

/// The category of a project: operations (运行维护经费) or special funds (专项资金).
public enum ProjectType: String, Sendable, CaseIterable {
    case operations
    case special

    /// The name used in Chinese submission files.
    var chineseName: String {
        switch self {
        case .operations: "运行维护经费"
        case .special: "专项资金"
        }
    }

    /// The project type written `name` in English or Chinese.
    init?(named name: String) {
        guard let type = Self.allCases.first(where: { $0.rawValue == name || $0.chineseName == name })
        else { return nil }
        self = type
    }
}

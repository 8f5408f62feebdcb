/// How serious a finding is: errors reject a submission, warnings are only reported.
public enum Severity: String, Sendable {
    case error
    case warning

    /// 错误 or 警告.
    public var chinese: String {
        switch self {
        case .error: return "错误"
        case .warning: return "警告"
        }
    }
}

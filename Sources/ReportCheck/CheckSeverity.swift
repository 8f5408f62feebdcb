/// How serious a finding is: an error is wrong, a warning is likely wrong, a note is rounding worth knowing.
public enum CheckSeverity: String, Sendable, Encodable, Comparable {
    case error
    case warning
    case note

    public static func < (lhs: CheckSeverity, rhs: CheckSeverity) -> Bool {
        rank(lhs) < rank(rhs)
    }

    private static func rank(_ severity: CheckSeverity) -> Int {
        switch severity {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    /// The word in Chinese, for the text output.
    public var chinese: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .note: "提示"
        }
    }
}

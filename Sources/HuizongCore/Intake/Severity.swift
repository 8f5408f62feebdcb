/// How serious a finding is: errors reject a submission, warnings are only reported.
public enum Severity: String, Sendable {
    case error
    case warning
}

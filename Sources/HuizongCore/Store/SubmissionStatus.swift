import Postgres

/// How a submission ended (`intake.submission.status`): the one list of these states, with
/// the words the command line (English) and the portal (Chinese) show for them.
public enum SubmissionStatus: String, Sendable, CaseIterable {
    case accepted
    case acceptedWithWarnings = "accepted_with_warnings"
    case rejected

    /// Rejected on any error, accepted with warnings on any warning.
    public init(findings: [Finding]) {
        if findings.contains(where: { $0.severity == .error }) {
            self = .rejected
        } else if findings.isEmpty {
            self = .accepted
        } else {
            self = .acceptedWithWarnings
        }
    }

    /// The words the CLI prints: "accepted", "accepted with warnings", "rejected".
    public var label: String {
        switch self {
        case .accepted: return "accepted"
        case .acceptedWithWarnings: return "accepted with warnings"
        case .rejected: return "rejected"
        }
    }

    /// The words the portal shows: 已接受, 已接受（有警告）, 已拒收.
    public var chinese: String {
        switch self {
        case .accepted: return "已接受"
        case .acceptedWithWarnings: return "已接受（有警告）"
        case .rejected: return "已拒收"
        }
    }
}

extension SubmissionStatus: PostgresDecodable {
    /// The stored word; `received` (a submission whose intake has not committed, never seen
    /// outside its transaction) and anything else is a decoding error.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        guard let status = SubmissionStatus(rawValue: text) else {
            throw PostgresDecodingError("is not a finished submission's status")
        }
        self = status
    }
}

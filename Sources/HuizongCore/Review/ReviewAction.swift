/// What the finance office did to a submission (`intake.review.action`).
public enum ReviewAction: String, Sendable, CaseIterable {
    /// Accepted for good: the unit and year are locked on the submission.
    case approve
    /// Sent back to the unit with a comment its accountant sees.
    case `return`
    /// The lock of an approved unit and year lifted, so that the unit may submit again.
    case unlock
}

extension ReviewAction {
    /// The words the CLI prints: "approved", "returned", "unlocked".
    public var label: String {
        switch self {
        case .approve: return "approved"
        case .return: return "returned"
        case .unlock: return "unlocked"
        }
    }
}

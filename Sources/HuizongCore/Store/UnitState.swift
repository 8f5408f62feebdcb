/// Where a unit expected to submit stands for a year (`huizong status`, the portal's status
/// page): the one list of these states, with the words the command line (English) and the
/// portal (Chinese) show for them. The raw values are what the JSON API and the pages'
/// `data-state` attributes carry.
public enum UnitState: String, Sendable, CaseIterable {
    /// Nothing submitted for the year.
    case missing
    /// Its newest submission was rejected and none is in force.
    case rejected
    /// A submission in force without warnings, not reviewed (or unlocked since).
    case accepted
    /// A submission in force with warnings, not reviewed (or unlocked since).
    case acceptedWithWarnings = "accepted_with_warnings"
    /// The office's latest review sent the submission in force back.
    case returned
    /// Approved: the unit and year are locked on the submission in force.
    case approved

    /// The state of a unit whose submission in force (if any) has `status`, whose latest
    /// review of it is `review`, and which is `locked` on it; `submitted` says whether it
    /// has any submission of the year at all.
    public init(inForce status: SubmissionStatus?, review: ReviewAction?, locked: Bool, submitted: Bool) {
        switch (status, review) {
        case (nil, _): self = submitted ? .rejected : .missing
        case (_, _) where locked: self = .approved
        case (_, .return?): self = .returned
        case (.acceptedWithWarnings?, _): self = .acceptedWithWarnings
        default: self = .accepted
        }
    }

    /// Whether the unit has a submission in force (accepted, returned or approved).
    public var inForce: Bool { self != .missing && self != .rejected }

    /// The words the CLI prints: "missing", "rejected", "accepted", "accepted with warnings",
    /// "returned", "approved".
    public var label: String {
        switch self {
        case .acceptedWithWarnings: return SubmissionStatus.acceptedWithWarnings.label
        default: return rawValue
        }
    }

    /// The words the portal shows: 未报送, 已拒收, 已接受, 已接受（有警告）, 已退回, 已审核通过.
    public var chinese: String {
        switch self {
        case .missing: return "未报送"
        case .rejected: return SubmissionStatus.rejected.chinese
        case .accepted: return SubmissionStatus.accepted.chinese
        case .acceptedWithWarnings: return SubmissionStatus.acceptedWithWarnings.chinese
        case .returned: return "已退回"
        case .approved: return "已审核通过"
        }
    }
}

/// The part of a submission a record belongs to.
public enum Section: String, Sendable, CaseIterable {
    case meta
    case staffing
    case income
    case balance
    case expenditure
    case threePublic = "three_public"
    case procurement
    case transfer
}

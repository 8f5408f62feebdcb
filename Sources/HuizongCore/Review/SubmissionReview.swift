import Postgres

/// One review of a submission: who did what, when and why.
public struct SubmissionReview: Sendable, Equatable {
    public var action: ReviewAction
    public var comment: String?
    /// The account that acted.
    public var actor: String
    /// When, in ISO 8601 UTC (`2026-11-29T08:15:00Z`).
    public var at: String

    /// The review in the `review_action`, `review_comment`, `review_actor`, `review_at`
    /// columns of `row`; nil when the submission has none.
    init?(_ row: Row) throws {
        // the table's check constraint allows no other action
        guard let action = try row.decode(String?.self, "review_action").flatMap(ReviewAction.init(rawValue:))
        else { return nil }
        self.init(
            action: action, comment: try row.decode(String?.self, "review_comment"),
            actor: try row.decode(String.self, "review_actor"), at: try row.decode(String.self, "review_at"))
    }

    /// A review from its parts.
    public init(action: ReviewAction, comment: String?, actor: String, at: String) {
        self.action = action
        self.comment = comment
        self.actor = actor
        self.at = at
    }
}

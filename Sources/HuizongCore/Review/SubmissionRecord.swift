import Postgres

/// One submission of a unit as its history and the finance office see it: the upload, its
/// outcome, and where its review stands.
public struct SubmissionRecord: Sendable, Equatable {
    public var id: Int64
    public var unitCode: String
    public var fiscalYear: Int
    public var version: Int
    /// How its intake ended.
    public var submissionStatus: SubmissionStatus
    /// The account (portal) or database user (command line) that uploaded it.
    public var uploadedBy: String
    /// ISO 8601 UTC.
    public var uploadedAt: String
    /// SHA-256 of the raw bytes, hex.
    public var sha256: String
    public var fileName: String
    /// Whether it is the unit and year's submission in force (its newest accepted version).
    public var inForce: Bool
    /// Whether the unit and year are locked on it: approved and not unlocked since.
    public var locked: Bool
    /// Its latest review, if any.
    public var review: SubmissionReview?

    /// The status's stored word (`SubmissionStatus.rawValue`), as the JSON API carries it.
    public var status: String { submissionStatus.rawValue }

    /// The record in a row of `SubmissionRecord.query`.
    init(_ row: Row) throws {
        id = try row.decode(Int64.self, "id")
        unitCode = try row.decode(String.self, "unit_code")
        fiscalYear = try row.decode(Int.self, "fiscal_year")
        version = try row.decode(Int.self, "version")
        submissionStatus = try row.decode(SubmissionStatus.self, "status")
        uploadedBy = try row.decode(String.self, "uploaded_by")
        uploadedAt = try row.decode(String.self, "uploaded_at")
        sha256 = try row.decode(String.self, "sha256")
        fileName = try row.decode(String.self, "file_name")
        inForce = try row.decode(Bool.self, "in_force")
        locked = try row.decode(Bool.self, "locked")
        review = try SubmissionReview(row)
    }

    /// The submissions tied to a unit that `condition` selects (a condition on `s`,
    /// `intake.submission`, its values bound), newest first.
    static func query(where condition: SQLQuery) -> SQLQuery {
        """
        select s.id, s.unit_code, s.fiscal_year, s.version, s.status, u.uploaded_by,
               to_char(u.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as uploaded_at,
               u.sha256, u.file_name, c.id is not distinct from s.id as in_force,
               k.submission_id is not null as locked,
               r.action as review_action, r.comment as review_comment, r.actor as review_actor,
               to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as review_at
        from intake.submission s
        join intake.upload u on u.id = s.upload_id
        left join intake.current_submission c on c.unit_code = s.unit_code and c.fiscal_year = s.fiscal_year
        left join intake.unit_lock k
            on k.unit_code = s.unit_code and k.fiscal_year = s.fiscal_year and k.submission_id = s.id
        left join lateral (
            select action, comment, actor, at from intake.review r
            where r.submission_id = s.id order by r.id desc limit 1
        ) r on true
        where s.unit_code is not null and (\(fragment: condition))
        order by s.id desc
        """
    }
}

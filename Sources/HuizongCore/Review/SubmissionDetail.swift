import Postgres

/// One submission as the portal's submission page and `GET /api/submissions/{id}` show it:
/// its upload, how intake ended, its findings, its review and lock, and its warnings'
/// explanations. Unlike `SubmissionRecord` it may be tied to no unit (a file whose meta rows
/// named another unit or year).
public struct SubmissionDetail: Sendable {
    public var id: Int64
    public var unitCode: String?
    public var fiscalYear: Int?
    public var version: Int?
    /// How its intake ended.
    public var submissionStatus: SubmissionStatus
    public var fileName: String
    public var uploadedBy: String
    /// ISO 8601, UTC.
    public var uploadedAt: String
    public var sha256: String
    public var findings: [Finding]
    /// Its review and lock, when it is tied to a unit (the history's view of it).
    public var record: SubmissionRecord?
    /// Its warnings with their explanations or offers, by finding id (empty for a rejected
    /// submission or one tied to no unit: those are corrected, not explained).
    public var warnings: [String: ExplainedFinding] = [:]

    /// The status's stored word (`SubmissionStatus.rawValue`), as the JSON API carries it.
    public var status: String { submissionStatus.rawValue }

    /// Whether the unit's accountant may explain its warnings now: in force, not locked.
    public var explainable: Bool { record.map { $0.inForce && !$0.locked } ?? false }

    /// Whether approval waits for some warning's explanation.
    public var unexplained: [ExplainedFinding] {
        findings.compactMap { $0.id.flatMap { warnings[$0] } }.filter(\.blocksApproval)
    }

    /// The submission `id` as the connection's account sees it, its warnings' explanations
    /// judged by `policy`; nil when there is none (or the account may not see it).
    public static func load(id: Int64, policy: ExplanationPolicy, connection: Connection) throws -> SubmissionDetail? {
        let row = try connection.execute(
            """
            select s.id, s.unit_code, s.fiscal_year, s.version, s.status, u.file_name, u.uploaded_by, u.sha256,
                   to_char(u.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as uploaded_at
            from intake.submission s join intake.upload u on u.id = s.upload_id
            where s.id = \(id)
            """
        ).first
        guard let row else { return nil }
        var detail = SubmissionDetail(
            id: id, unitCode: try row.decode(String?.self, "unit_code"),
            fiscalYear: try row.decode(Int?.self, "fiscal_year"), version: try row.decode(Int?.self, "version"),
            submissionStatus: try row.decode(SubmissionStatus.self, "status"),
            fileName: try row.decode(String.self, "file_name"), uploadedBy: try row.decode(String.self, "uploaded_by"),
            uploadedAt: try row.decode(String.self, "uploaded_at"), sha256: try row.decode(String.self, "sha256"),
            findings: try SubmissionFindings.load(submission: id, connection: connection),
            record: try SubmissionHistory(connection: connection).submission(id))
        if detail.unitCode != nil, detail.submissionStatus != .rejected,
            detail.findings.contains(where: { $0.severity == .warning })
        {
            let warnings = try ExplanationStore(connection: connection).warnings(submission: id, policy: policy)
            detail.warnings = Dictionary(
                warnings.compactMap { warning in warning.finding.id.map { ($0, warning) } },
                uniquingKeysWith: { first, _ in first })
        }
        return detail
    }
}

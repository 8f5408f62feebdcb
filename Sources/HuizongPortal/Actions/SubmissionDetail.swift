import HuizongCore
import Postgres

/// One submission as the portal shows it: its upload, its outcome and its findings.
public struct SubmissionDetail: Sendable {
    public var id: Int64
    public var unitCode: String?
    public var fiscalYear: Int?
    public var version: Int?
    public var status: String
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

    /// Whether the unit's accountant may explain its warnings now: in force, not locked.
    public var explainable: Bool { record.map { $0.inForce && !$0.locked } ?? false }

    /// Whether approval waits for some warning's explanation.
    public var unexplained: [ExplainedFinding] {
        findings.compactMap { $0.id.flatMap { warnings[$0] } }.filter(\.blocksApproval)
    }

    /// The submission `id` as the connection's account sees it, its warnings' explanations
    /// judged by `policy`; nil when it may not.
    static func load(id: Int64, policy: ExplanationPolicy, connection: Connection) throws -> SubmissionDetail? {
        let rows = try connection.execute(
            """
            select s.id, s.unit_code, s.fiscal_year, s.version, s.status, u.file_name, u.uploaded_by, u.sha256,
                   to_char(u.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as uploaded_at
            from intake.submission s join intake.upload u on u.id = s.upload_id
            where s.id = $1::bigint
            """, [.text(String(id))])
        guard let row = rows.first else { return nil }
        let fileName = try row.string("file_name")
        var detail = SubmissionDetail(
            id: id, unitCode: row["unit_code"], fiscalYear: row["fiscal_year"].flatMap { Int($0) },
            version: row["version"].flatMap { Int($0) }, status: try row.string("status"), fileName: fileName,
            uploadedBy: try row.string("uploaded_by"), uploadedAt: try row.string("uploaded_at"),
            sha256: try row.string("sha256"), findings: [],
            record: try SubmissionHistory(connection: connection).submission(id))
        detail.findings = try SubmissionFindings.load(submission: id, connection: connection)
        if detail.unitCode != nil, detail.status != "rejected",
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

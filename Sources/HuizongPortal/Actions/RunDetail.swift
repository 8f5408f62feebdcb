import HuizongCore
import Postgres

/// One consolidation run as the run page shows it, with the first of its findings.
public struct RunDetail: Sendable {
    public var id: Int64
    public var node: String
    public var year: Int
    public var status: String
    public var complete: Bool
    public var missing: [String]
    public var errors: Int
    public var warnings: Int
    public var startedAt: String
    public var findings: [Finding]
    /// Findings beyond the ones listed.
    public var moreFindings: Int
    /// The run's warnings (the first `listed`), each with its unit's explanation and the
    /// office's decision.
    public var explanations: [RunExplanations.Entry] = []
    /// Warnings beyond the ones listed with their explanations.
    public var moreExplanations = 0

    /// The exit code the CLI would have ended with (0 complete, 1 failed, 3 incomplete).
    public var exitCode: Int { status != "succeeded" ? 1 : (complete ? 0 : 3) }

    /// A page lists this many findings; the run's own export has them all.
    static let listed = 500

    /// Run `id` as the connection's account sees it, with its first findings unless
    /// `findings` is false; nil when it may not.
    static func load(id: Int64, findings: Bool = true, connection: Connection) throws -> RunDetail? {
        let rows = try connection.execute(
            """
            select id, node_code, fiscal_year, status, coalesce(complete, false) as complete,
                   array_to_string(missing_units, ',') as missing, errors, warnings,
                   to_char(started_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as started_at
            from pipeline.run where id = $1::bigint
            """, [.text(String(id))])
        guard let row = rows.first else { return nil }
        var detail = RunDetail(
            id: id, node: try row.string("node_code"), year: try row.int("fiscal_year"),
            status: try row.string("status"), complete: try row.bool("complete"),
            missing: (row["missing"] ?? "").split(separator: ",").map(String.init), errors: try row.int("errors"),
            warnings: try row.int("warnings"), startedAt: try row.string("started_at"), findings: [],
            moreFindings: 0)
        guard findings else { return detail }
        try RunFindings.forEach(runId: id, connection: connection) { entry in
            if detail.findings.count < listed { detail.findings.append(entry) } else { detail.moreFindings += 1 }
        }
        try RunExplanations.forEach(runId: id, connection: connection) { entry in
            if detail.explanations.count < listed {
                detail.explanations.append(entry)
            } else {
                detail.moreExplanations += 1
            }
        }
        return detail
    }
}

import Postgres

/// One line of the audit log: who did what to which unit, when and why.
public struct AuditEntry: Sendable {
    public var at: String
    public var actor: String
    public var action: String
    public var unitCode: String?
    public var submissionId: Int64?
    public var detail: String?

    /// The newest `limit` entries of the units under `node` the connection's account sees.
    static func load(node: String, limit: Int, connection: Connection) throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        try connection.forEachRow(
            """
            select to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as at, actor, action, unit_code,
                   submission_id, detail
            from portal.audit_log
            where unit_code in (select code from registry.subtree($1))
            order by id desc limit $2::int
            """, [.text(node), .text(String(limit))]
        ) { row in
            entries.append(
                AuditEntry(
                    at: try row.string("at"), actor: try row.string("actor"), action: try row.string("action"),
                    unitCode: row["unit_code"], submissionId: row["submission_id"].flatMap { Int64($0) },
                    detail: row["detail"]))
        }
        return entries
    }
}

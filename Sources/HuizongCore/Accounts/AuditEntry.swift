import Postgres

/// One line of the audit log: who did what to which unit, when and why.
public struct AuditEntry: Sendable, Equatable {
    /// `YYYY-MM-DD HH:MM:SS`, UTC.
    public var at: String
    public var actor: String
    /// What was done: a review action (`approve` …), `explain`, `account.add`, `unit.add` ….
    public var action: String
    public var unitCode: String?
    public var submissionId: Int64?
    public var detail: String?

    /// The newest `limit` entries of the units under `node` the connection's account sees,
    /// newest first.
    public static func load(node: String, limit: Int, connection: Connection) throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        try connection.forEachRow(
            """
            select to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as at, actor, action, unit_code,
                   submission_id, detail
            from portal.audit_log
            where unit_code in (select code from registry.subtree(\(node)))
            order by id desc limit \(limit)
            """
        ) { row in
            entries.append(
                AuditEntry(
                    at: try row.decode(String.self, "at"), actor: try row.decode(String.self, "actor"),
                    action: try row.decode(String.self, "action"), unitCode: try row.decode(String?.self, "unit_code"),
                    submissionId: try row.decode(Int64?.self, "submission_id"),
                    detail: try row.decode(String?.self, "detail")))
        }
        return entries
    }
}

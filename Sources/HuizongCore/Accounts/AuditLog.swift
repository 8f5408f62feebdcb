import Postgres

/// The portal's append-only record of who did what, when and why (`portal.audit_log`;
/// a trigger refuses updates and deletes).
public struct AuditLog {
    let connection: Connection

    /// The log of the database `connection` is open on.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// Appends one entry.
    public func record(
        actor: String, action: String, unit: String?, submission: Int64? = nil, detail: String?
    ) throws {
        try connection.execute(
            """
            insert into portal.audit_log (actor, action, unit_code, submission_id, detail)
            values (\(actor), \(action), \(unit), \(submission), \(detail))
            """)
    }
}

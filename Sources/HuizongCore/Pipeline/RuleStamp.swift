import Postgres

/// What a submission was checked against: the rules' text and the reference tables in
/// force. A run re-checks only the submissions checked against something else; for the
/// others it takes over the findings of their intake.
enum RuleStamp {
    /// SHA-256 of the rules (ids and SQL) and the newest reference edition's load time.
    static func current(rules: [Rule], connection: Connection) throws -> String {
        let text = rules.map { "\($0.id)\n\($0.sql)" }.joined(separator: "\n\u{1E}\n")
        let result = try connection.execute(
            """
            select encode(sha256(convert_to(\(text), 'UTF8')), 'hex')
                   || '@' || coalesce((select max(loaded_at)::text from ref.edition), '') as stamp
            """)
        return try result.first!.decode(String.self, "stamp")
    }
}

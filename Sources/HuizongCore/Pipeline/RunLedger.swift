import Postgres

/// The runs of a node and year, newest first (`huizong runs`).
public enum RunLedger {
    /// One run as listed.
    public struct Entry: Sendable {
        public var id: Int64
        public var status: String
        public var complete: Bool?
        public var startedAt: String
        public var stages: String
        public var errors: Int
        public var warnings: Int
        public var manifest: String?
    }

    /// Streams the runs of `node` for `year`, newest first, with per-stage seconds.
    public static func forEach(node: String, year: Int, connection: Connection, _ body: (Entry) throws -> Void)
        throws
    {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        try connection.forEachRow(
            """
            select r.id, r.status, r.complete, to_char(r.started_at, 'YYYY-MM-DD HH24:MI:SS') as started,
                   r.errors, r.warnings, r.manifest_sha256,
                   coalesce((select string_agg(
                                s.name || ' ' || to_char(extract(epoch from s.finished_at - s.started_at), 'FM999990.00') || ' s',
                                ', ' order by s.ordinal)
                             from pipeline.stage s where s.run_id = r.id), '') as stages
            from pipeline.run r
            where r.node_code = \(node) and r.fiscal_year = \(year)
            order by r.id desc
            """
        ) { row in
            try body(
                Entry(
                    id: try row.decode(Int64.self, "id"), status: try row.decode(String.self, "status"),
                    complete: try row.decode(Bool?.self, "complete"), startedAt: try row.decode(String.self, "started"),
                    stages: try row.decode(String.self, "stages"), errors: try row.decode(Int.self, "errors"),
                    warnings: try row.decode(Int.self, "warnings"),
                    manifest: try row.decode(String?.self, "manifest_sha256")))
        }
    }
}

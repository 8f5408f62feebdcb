import Postgres

/// Which units under a node have a submission in force for a year, which were
/// rejected, which are missing (`huizong status`).
public struct NodeStatus {
    /// One unit's state.
    public struct Entry: Sendable {
        public var code: String
        public var name: String
        public var depth: Int
        /// `accepted`, `accepted_with_warnings`, `rejected` (newest is rejected, none in force) or `missing`.
        public var state: String
        /// The version in force, if any.
        public var acceptedVersion: Int?
        /// The newest version, if newer than the one in force.
        public var latestVersion: Int?
        public var latestStatus: String?
    }

    /// Every unit of the subtree expected to submit (leaves, and inner units that did).
    public static func load(node: String, year: Int, connection: Connection) throws -> [Entry] {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage("unknown unit \(node)")
        }
        var entries: [Entry] = []
        try connection.forEachRow(
            """
            with tree as (
                select t.code, t.name, t.depth from registry.subtree($1) t
            ),
            latest as (
                select distinct on (unit_code) unit_code, version, status
                from intake.submission where fiscal_year = $2::int
                order by unit_code, version desc
            ),
            final as (
                select t.code, t.name, t.depth, c.version as accepted_version, c.status as accepted_status,
                       l.version as latest_version, l.status as latest_status
                from tree t
                left join intake.current_submission c on c.unit_code = t.code and c.fiscal_year = $2::int
                left join latest l on l.unit_code = t.code
                where not exists (select 1 from registry.unit u where u.parent_code = t.code)
                   or l.version is not null
            )
            select * from final order by code
            """, [.text(node), .text(String(year))]
        ) { row in
            let accepted = row["accepted_version"].flatMap { Int($0) }
            let latest = row["latest_version"].flatMap { Int($0) }
            let state = row["accepted_status"] ?? (latest == nil ? "missing" : "rejected")
            entries.append(
                Entry(
                    code: try row.string("code"), name: try row.string("name"), depth: try row.int("depth"),
                    state: state, acceptedVersion: accepted,
                    latestVersion: latest == accepted ? nil : latest,
                    latestStatus: latest == accepted ? nil : row["latest_status"]))
        }
        return entries
    }
}

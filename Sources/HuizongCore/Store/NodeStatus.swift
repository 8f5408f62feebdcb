import Postgres

/// Which units under a node have a submission in force for a year, which were
/// rejected, which are missing (`huizong status`).
public struct NodeStatus {
    /// One unit's state.
    public struct Entry: Sendable {
        public var code: String
        public var name: String
        public var depth: Int
        /// `accepted`, `accepted_with_warnings`, `approved` (locked on the submission in force),
        /// `returned` (its latest review sent it back), `rejected` (newest is rejected, none in
        /// force) or `missing`.
        public var state: String
        /// The version in force, if any.
        public var acceptedVersion: Int?
        /// The newest version, if newer than the one in force.
        public var latestVersion: Int?
        public var latestStatus: String?
        /// The comment of the review that made the state `approved` or `returned`.
        public var comment: String?
    }

    /// Every unit of the subtree expected to submit (leaves, and inner units that did).
    public static func load(node: String, year: Int, connection: Connection) throws -> [Entry] {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        var entries: [Entry] = []
        try connection.forEachRow(
            """
            with tree as (
                select t.code, t.name, t.depth from registry.subtree(\(node)) t
            ),
            latest as (
                select distinct on (unit_code) unit_code, version, status
                from intake.submission where fiscal_year = \(year)
                order by unit_code, version desc
            ),
            final as (
                select t.code, t.name, t.depth, c.version as accepted_version,
                       case when k.submission_id is not null then 'approved'
                            when r.action = 'return' then 'returned'
                            else c.status end as accepted_status,
                       case when k.submission_id is not null or r.action = 'return' then r.comment end as comment,
                       l.version as latest_version, l.status as latest_status
                from tree t
                left join intake.current_submission c on c.unit_code = t.code and c.fiscal_year = \(year)
                left join intake.unit_lock k
                    on k.unit_code = t.code and k.fiscal_year = \(year) and k.submission_id = c.id
                left join lateral (
                    select action, comment from intake.review
                    where submission_id = c.id order by id desc limit 1
                ) r on true
                left join latest l on l.unit_code = t.code
                where not exists (select 1 from registry.unit u where u.parent_code = t.code)
                   or l.version is not null
            )
            select * from final order by code
            """
        ) { row in
            let accepted = try row.decode(Int?.self, "accepted_version")
            let latest = try row.decode(Int?.self, "latest_version")
            let state = try row.decode(String?.self, "accepted_status") ?? (latest == nil ? "missing" : "rejected")
            let latestStatus = try row.decode(String?.self, "latest_status")
            entries.append(
                Entry(
                    code: try row.decode(String.self, "code"), name: try row.decode(String.self, "name"),
                    depth: try row.decode(Int.self, "depth"), state: state, acceptedVersion: accepted,
                    latestVersion: latest == accepted ? nil : latest,
                    latestStatus: latest == accepted ? nil : latestStatus,
                    comment: try row.decode(String?.self, "comment")))
        }
        return entries
    }
}

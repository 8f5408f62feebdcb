import Postgres

/// Where a node's units stand for a year (`huizong status`, the portal's status page,
/// `GET /api/status`): which units have a submission in force, which were rejected, returned
/// or approved, which are missing; each unit's newest submission; the node's newest run.
public struct NodeStatus: Sendable {
    /// One unit's state.
    public struct Entry: Sendable {
        public var code: String
        public var name: String
        public var depth: Int
        /// Where the unit stands.
        public var unitState: UnitState
        /// The version in force, if any.
        public var acceptedVersion: Int?
        /// The newest version, if newer than the one in force.
        public var latestVersion: Int?
        /// How that newer version ended.
        public var latestSubmissionStatus: SubmissionStatus?
        /// The comment of the review that made the state `approved` or `returned`.
        public var comment: String?

        /// The state's stored word (`UnitState.rawValue`), as the JSON API carries it.
        public var state: String { unitState.rawValue }

        /// The stored word of the newer version's status (`SubmissionStatus.rawValue`).
        public var latestStatus: String? { latestSubmissionStatus?.rawValue }
    }

    /// The node of the unit tree.
    public var node: String
    public var year: Int
    /// Every unit expected to submit (leaves, and inner units that did), by code.
    public var entries: [Entry]
    /// Each unit's newest submission of the year, by unit code.
    public var newest: [String: SubmissionRecord]
    /// The node's newest run for the year, finished or not, without its findings.
    public var run: RunDetail?

    /// How many units have a submission in force.
    public var inForce: Int { entries.filter(\.unitState.inForce).count }

    /// The status of `node` for `year`, read on one connection (so in one snapshot when
    /// the caller holds a transaction).
    public static func load(node: String, year: Int, connection: Connection) throws -> NodeStatus {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        var newest: [String: SubmissionRecord] = [:]
        for record in try SubmissionHistory(connection: connection).list(node: node, year: year)
        where newest[record.unitCode] == nil {
            newest[record.unitCode] = record
        }
        return NodeStatus(
            node: node, year: year, entries: try entries(node: node, year: year, connection),
            newest: newest, run: try RunLedger.newest(node: node, year: year, connection: connection))
    }

    /// The newest year with a submission of a unit under `node`; nil when there is none.
    public static func newestYear(node: String, connection: Connection) throws -> Int? {
        try connection.execute(
            """
            select max(fiscal_year) as year from intake.submission
            where unit_code in (select code from registry.subtree(\(node)))
            """
        ).first?.decode(Int?.self, "year")
    }

    private static func entries(node: String, year: Int, _ connection: Connection) throws -> [Entry] {
        var entries: [Entry] = []
        try connection.forEachRow(
            """
            with latest as (
                select distinct on (unit_code) unit_code, version, status
                from intake.submission where fiscal_year = \(year)
                order by unit_code, version desc
            )
            select t.code, t.name, t.depth, c.version as accepted_version, c.status as accepted_status,
                   k.submission_id is not null as locked, r.action as review_action, r.comment as review_comment,
                   l.version as latest_version, l.status as latest_status
            from registry.subtree(\(node)) t
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
            order by t.code
            """
        ) { row in
            let accepted = try row.decode(Int?.self, "accepted_version")
            let latest = try row.decode(Int?.self, "latest_version")
            let state = UnitState(
                inForce: try row.decode(SubmissionStatus?.self, "accepted_status"),
                review: try row.decode(String?.self, "review_action").flatMap(ReviewAction.init(rawValue:)),
                locked: try row.decode(Bool.self, "locked"), submitted: latest != nil)
            entries.append(
                Entry(
                    code: try row.decode(String.self, "code"), name: try row.decode(String.self, "name"),
                    depth: try row.decode(Int.self, "depth"), unitState: state, acceptedVersion: accepted,
                    latestVersion: latest == accepted ? nil : latest,
                    latestSubmissionStatus: latest == accepted
                        ? nil : try row.decode(SubmissionStatus?.self, "latest_status"),
                    comment: state == .approved || state == .returned
                        ? try row.decode(String?.self, "review_comment") : nil))
        }
        return entries
    }
}

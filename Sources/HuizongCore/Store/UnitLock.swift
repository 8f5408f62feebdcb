import Postgres

/// The lock the finance office puts on a unit and year by approving its submission in force
/// (`intake.unit_lock`): intake refuses the unit's submissions for the year until it is lifted.
public struct UnitLock: Sendable, Equatable {
    public var unitCode: String
    public var fiscalYear: Int
    /// The approved submission.
    public var submissionId: Int64
    /// The account that approved it.
    public var lockedBy: String
    /// When, in ISO 8601 UTC.
    public var lockedAt: String

    /// The day of the lock (UTC), as findings and messages name it.
    public var lockedOn: String { String(lockedAt.prefix(10)) }

    /// The lock on `unit` and `year`, if there is one (for the portal role, of a unit it sees).
    public static func find(unit: String, year: Int, connection: Connection) throws -> UnitLock? {
        let result = try connection.execute(
            """
            select unit_code, fiscal_year, submission_id, locked_by,
                   to_char(locked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as locked_at
            from intake.unit_lock where unit_code = \(unit) and fiscal_year = \(year)
            """)
        guard let row = result.first else { return nil }
        return UnitLock(
            unitCode: try row.decode(String.self, "unit_code"), fiscalYear: try row.decode(Int.self, "fiscal_year"),
            submissionId: try row.decode(Int64.self, "submission_id"),
            lockedBy: try row.decode(String.self, "locked_by"),
            lockedAt: try row.decode(String.self, "locked_at"))
    }

    /// The locks on any of `keys` (units and years), for a batch of files in one query.
    static func find(_ keys: [(unit: String, year: Int)], connection: Connection) throws -> [UnitLock] {
        var locks: [UnitLock] = []
        try connection.forEachRow(
            """
            select l.unit_code, l.fiscal_year, l.submission_id, l.locked_by,
                   to_char(l.locked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as locked_at
            from intake.unit_lock l
            join unnest(\(keys.map(\.unit))::text[], \(keys.map(\.year))::int[]) as k(unit_code, fiscal_year)
                using (unit_code, fiscal_year)
            """
        ) { row in
            locks.append(
                UnitLock(
                    unitCode: try row.decode(String.self, "unit_code"),
                    fiscalYear: try row.decode(Int.self, "fiscal_year"),
                    submissionId: try row.decode(Int64.self, "submission_id"),
                    lockedBy: try row.decode(String.self, "locked_by"),
                    lockedAt: try row.decode(String.self, "locked_at")))
        }
        return locks
    }

    /// Takes the locks of many units and years (`serialize`) in the order of their lock
    /// keys, whatever order they are given in: two batches then never wait on each other in
    /// a circle.
    static func serialize(_ keys: [(unit: String, year: Int)], connection: Connection) throws {
        try connection.execute(
            """
            select count(pg_advisory_xact_lock(hashtext('huizong.submission'), k.hash))
            from (select distinct hashtext(u || '/' || y) as hash
                  from unnest(\(keys.map(\.unit))::text[], \(keys.map(\.year))::int[]) as t(u, y)
                  order by 1) k
            """)
    }

    /// Serialises intake and review of one unit and year until the transaction ends: a
    /// submission and an approval never pass each other, so an approval always locks the
    /// submission in force.
    static func serialize(unit: String, year: Int, connection: Connection) throws {
        let key = "\(unit)/\(year)"
        try connection.execute("select pg_advisory_xact_lock(hashtext('huizong.submission'), hashtext(\(key)))")
    }
}

import Postgres

/// A unit's submissions, newest first, each with its latest review: the portal's history
/// page and `GET /api/submissions`. For the portal role, only units the account sees.
public struct SubmissionHistory {
    let connection: Connection

    /// The history in the database `connection` is open on.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// Streams the submissions of `unit` (for `year`, or every year when nil), newest first.
    public func forEach(unit: String, year: Int?, _ body: (SubmissionRecord) throws -> Void) throws {
        guard try UnitRegistry(connection: connection).find(unit) != nil else {
            throw HuizongError.usage(.unknownUnit(code: unit))
        }
        try connection.forEachRow(
            SubmissionRecord.query(where: "s.unit_code = \(unit) and (\(year) is null or s.fiscal_year = \(year))")
        ) { row in try body(SubmissionRecord(row)) }
    }

    /// The submissions of `unit` (for `year`, or every year when nil), newest first, in an array.
    public func list(unit: String, year: Int?) throws -> [SubmissionRecord] {
        var records: [SubmissionRecord] = []
        try forEach(unit: unit, year: year) { records.append($0) }
        return records
    }

    /// The submissions of every unit under `node` (itself included; for `year`, or every
    /// year when nil), newest first — the office's view of its department.
    public func list(node: String, year: Int?) throws -> [SubmissionRecord] {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        var records: [SubmissionRecord] = []
        try connection.forEachRow(
            SubmissionRecord.query(
                where:
                    "s.unit_code in (select code from registry.subtree(\(node))) and (\(year) is null or s.fiscal_year = \(year))"
            )
        ) { row in records.append(try SubmissionRecord(row)) }
        return records
    }

    /// One submission tied to a unit; nil when there is none (or the portal role may not see it).
    public func submission(_ id: Int64) throws -> SubmissionRecord? {
        try connection.execute(SubmissionRecord.query(where: "s.id = \(id)"))
            .first.map(SubmissionRecord.init)
    }
}

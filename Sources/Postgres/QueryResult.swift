import CLibPQ

/// Every row of a statement's result, held in memory. Iterating it yields its rows.
public struct QueryResult: Sequence, Sendable {
    /// Column names; empty for statements that return no rows.
    public let columns: [String]
    /// The rows, in the order the server sent them.
    public var rows: [Row]
    /// The row count from the command tag (`PQcmdTuples`): rows inserted, updated, deleted,
    /// selected...; nil when the command reports none (e.g. `CREATE TABLE`).
    public let affectedRows: Int?
    /// The command tag, e.g. `COMMIT` or `INSERT 0 3` (used to spot a COMMIT that rolled back).
    let commandTag: String

    /// Copies everything out of a libpq result; the caller still owns (and clears) it.
    init(result: OpaquePointer) {
        let columns = Row.columnNames(of: result)
        self.columns = columns
        self.rows = (0..<PQntuples(result)).map { Row(result: result, row: $0, columns: columns) }
        self.affectedRows = PQcmdTuples(result).flatMap { Int(String(cString: $0)) }
        self.commandTag = PQcmdStatus(result).map { String(cString: $0) } ?? ""
    }

    /// The first row, if any.
    public var first: Row? { rows.first }

    /// The number of rows.
    public var count: Int { rows.count }

    /// Iterates the rows.
    public func makeIterator() -> IndexingIterator<[Row]> {
        rows.makeIterator()
    }
}

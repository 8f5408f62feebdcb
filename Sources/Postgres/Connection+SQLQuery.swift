extension Connection {
    /// Runs a `SQLQuery` (its interpolated values bound as parameters) and returns all its rows;
    /// see `execute(_:_:)`.
    @discardableResult
    public func execute(_ query: SQLQuery) throws(PostgresError) -> QueryResult {
        try execute(query.sql, query.parameters)
    }

    /// Streams the rows of a `SQLQuery` to `body`; see `forEachRow(_:_:_:)`. With a trailing
    /// closure, spell the type: `forEachRow(SQLQuery("… \(value)")) { row in … }`.
    public func forEachRow(_ query: SQLQuery, _ body: (Row) throws -> Void) throws {
        try forEachRow(query.sql, query.parameters, body)
    }
}

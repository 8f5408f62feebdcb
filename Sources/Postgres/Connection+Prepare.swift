import CLibPQ

/// A statement the server has parsed and will plan without the text again (`PQprepare`);
/// valid on the connection that prepared it, until it closes.
public struct PreparedStatement: Sendable, Equatable {
    /// The server-side name.
    public let name: String
}

extension Connection {
    /// Prepares `sql` under `name` on this connection, for statements run many times
    /// (the server plans a generic plan once it sees it pays).
    ///
    /// See <https://www.postgresql.org/docs/15/libpq-exec.html#LIBPQ-PQPREPARE>.
    public func prepare(_ name: String, _ sql: String) throws(PostgresError) -> PreparedStatement {
        let handle = try readyHandle()
        _ = try collect(PQprepare(handle, name, sql, 0, nil), on: handle)
        return PreparedStatement(name: name)
    }

    /// Prepares `sql` under `name` the first time it is asked for on this connection; later
    /// calls return the statement already prepared. Give each different text its own name.
    public func prepareOnce(_ name: String, _ sql: String) throws(PostgresError) -> PreparedStatement {
        if preparedNames.contains(name) { return PreparedStatement(name: name) }
        let statement = try prepare(name, sql)
        preparedNames.insert(name)
        return statement
    }
}

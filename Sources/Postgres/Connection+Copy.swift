import CLibPQ

extension Connection {
    /// Runs `COPY ... FROM STDIN` (text format); `body` writes the rows. Returns the row count
    /// the server reports. See <https://www.postgresql.org/docs/15/libpq-copy.html>.
    ///
    /// If `body` throws, the COPY is ended with an error message so the server discards every
    /// row, the connection is drained, and the body's error is rethrown. Rows the server rejects
    /// (bad data, constraint violations) surface as a `.server` error. `body` must not use this
    /// connection.
    @discardableResult
    public func copyIn(_ copySQL: String, _ body: (CopyWriter) throws -> Void) throws -> Int {
        let handle = try readyHandle()
        try startCopy(copySQL, on: handle)
        let writer = CopyWriter(handle: handle)
        defer { writer.close() }
        try streaming {
            do {
                try body(writer)
                try writer.finish()
            } catch {
                throw abortCopy(on: handle, writer: writer, error: error)
            }
        }
        return try finishCopy(on: handle)
    }

    /// Sends the COPY statement and checks the server is now waiting for data.
    private func startCopy(_ copySQL: String, on handle: OpaquePointer) throws(PostgresError) {
        guard let result = PQexec(handle, copySQL) else { throw PostgresError.connection(handle) }
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_COPY_IN else {
            let error =
                check(result, on: handle)
                ?? .protocolViolation("copyIn needs a COPY ... FROM STDIN statement")
            drainResults(handle)
            throw error
        }
    }

    /// Reads the outcome after `PQputCopyEnd`: the row count, or the server's error.
    private func finishCopy(on handle: OpaquePointer) throws(PostgresError) -> Int {
        var rowCount = 0
        let failure = drainResults(handle) { result in
            rowCount = PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? rowCount
        }
        if let failure { throw failure }
        return rowCount
    }

    /// Ends a COPY the client gave up on, so the server rolls it back, and picks the error to throw.
    private func abortCopy(on handle: OpaquePointer, writer: CopyWriter, error: any Error)
        -> any Error
    {
        // The message goes to the server log; keep data out of it.
        _ = PQputCopyEnd(handle, "copyIn aborted by the client")
        let serverError = drainResults(handle)
        // A refused write usually means the server already rejected the data: its error says why.
        if writer.hasFailed, let serverError { return serverError }
        return error
    }
}

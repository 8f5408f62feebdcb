import CLibPQ

/// Result handling shared by every way of running a statement.
extension Connection {
    /// Turns the result of a synchronous call into a `QueryResult`, clearing it on every path.
    func collect(_ result: OpaquePointer?, on handle: OpaquePointer) throws(PostgresError)
        -> QueryResult
    {
        guard let result else { throw PostgresError.connection(handle) }
        defer { PQclear(result) }
        if let error = check(result, on: handle) {
            drainResults(handle)
            throw error
        }
        return QueryResult(result: result)
    }

    /// The error a result carries, or nil on success. A COPY state is ended on the spot, since
    /// libpq would otherwise keep returning COPY results forever.
    func check(_ result: OpaquePointer, on handle: OpaquePointer) -> PostgresError? {
        let status = PQresultStatus(result)
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE, PGRES_EMPTY_QUERY:
            return nil
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            leaveCopyState(status, on: handle)
            return .protocolViolation(
                "COPY data transfer is only supported by copyIn (COPY ... FROM STDIN)")
        default:
            return PostgresError(result: result, connection: handle)
        }
    }

    /// Reads results until libpq has none left, so the next command starts clean. Returns the
    /// first error seen; `onSuccess` sees each successful result before it is cleared.
    @discardableResult
    func drainResults(_ handle: OpaquePointer, onSuccess: (OpaquePointer) -> Void = { _ in })
        -> PostgresError?
    {
        var firstError: PostgresError?
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            if let error = check(result, on: handle) {
                firstError = firstError ?? error
            } else {
                onSuccess(result)
            }
            // A connection that died mid-stream reports once; do not spin on it.
            if PQstatus(handle) == CONNECTION_BAD { break }
        }
        return firstError
    }

    /// Ends a COPY the wrapper did not ask for: refuses COPY IN, discards COPY OUT data.
    private func leaveCopyState(_ status: ExecStatusType, on handle: OpaquePointer) {
        if status == PGRES_COPY_IN {
            _ = PQputCopyEnd(handle, "COPY FROM STDIN is only supported through copyIn")
        } else if status == PGRES_COPY_OUT {
            var buffer: UnsafeMutablePointer<CChar>?
            // -1 = COPY done, -2 = error; either way the following PQgetResult reports the outcome.
            while PQgetCopyData(handle, &buffer, 0) >= 0 {
                if let buffer { PQfreemem(buffer) }
                buffer = nil
            }
        }
    }
}

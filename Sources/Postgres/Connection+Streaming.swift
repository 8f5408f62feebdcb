import CLibPQ

extension Connection {
    /// Streams the rows of one statement to `body`, one at a time (`PQsetSingleRowMode`), so big
    /// results never sit in memory. Parameters are bound as in `execute`.
    ///
    /// See <https://www.postgresql.org/docs/15/libpq-single-row-mode.html>.
    ///
    /// If `body` throws, the query is cancelled and its remaining results discarded before the
    /// error is rethrown, so the connection stays usable. `body` must not use this connection.
    ///
    /// Disfavored so that `forEachRow("… \(value)", body)` binds `value`; but with a trailing
    /// closure Swift still resolves a literal to this overload, so write
    /// `forEachRow(SQLQuery("… \(value)")) { … }` for a typed query.
    @_disfavoredOverload
    public func forEachRow(
        _ sql: String,
        _ parameters: [PostgresValue?],
        _ body: (Row) throws -> Void
    ) throws {
        let handle = try readyHandle()
        try sendSingleRowQuery(.text(sql), parameters, on: handle)
        try receiveRows(handle, body)
    }

    /// Streams the rows of a prepared statement (see `prepare`), like `forEachRow(_:_:_:)`.
    public func forEachRow(
        _ statement: PreparedStatement,
        _ parameters: [PostgresValue?] = [],
        _ body: (Row) throws -> Void
    ) throws {
        let handle = try readyHandle()
        try sendSingleRowQuery(.prepared(statement.name), parameters, on: handle)
        try receiveRows(handle, body)
    }

    private func receiveRows(_ handle: OpaquePointer, _ body: (Row) throws -> Void) throws {
        try streaming {
            var columns: [String]?
            var failure: PostgresError?
            while let result = PQgetResult(handle) {
                defer { PQclear(result) }
                guard PQresultStatus(result) == PGRES_SINGLE_TUPLE else {
                    // The final TUPLES_OK (or an error) after the last row.
                    failure = failure ?? check(result, on: handle)
                    continue
                }
                let names = columns ?? Row.columnNames(of: result)
                columns = names
                do {
                    try body(Row(result: result, row: 0, columns: names))
                } catch {
                    abandonQuery(handle)
                    throw error
                }
            }
            if let failure { throw failure }
        }
    }

    /// Sends the statement asynchronously and switches to single-row mode, as libpq requires,
    /// right after sending.
    private func sendSingleRowQuery(
        _ statement: Statement,
        _ parameters: [PostgresValue?],
        on handle: OpaquePointer
    ) throws(PostgresError) {
        let sent = try BoundParameters.with(parameters) { count, values, lengths, formats in
            switch statement {
            case .text(let sql):
                return PQsendQueryParams(handle, sql, count, nil, values, lengths, formats, 0)
            case .prepared(let name):
                return PQsendQueryPrepared(handle, name, count, values, lengths, formats, 0)
            }
        }
        guard sent == 1 else { throw PostgresError.connection(handle) }
        guard PQsetSingleRowMode(handle) == 1 else {
            drainResults(handle)
            throw .protocolViolation("libpq refused single-row mode")
        }
    }

    /// Asks the server to stop the running query, then reads what is left (including the
    /// resulting "canceling statement" error) so the connection is idle again.
    private func abandonQuery(_ handle: OpaquePointer) {
        if let cancel = PQgetCancel(handle) {
            var message = [CChar](repeating: 0, count: 256)
            if PQcancel(cancel, &message, Int32(message.count)) == 0 {
                // Reading the remaining rows still cleans up; it just takes longer.
                let text = message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
                logger.debug(
                    "PQcancel failed", metadata: ["error": "\(String(decoding: text, as: UTF8.self))"])
            }
            PQfreeCancel(cancel)
        }
        drainResults(handle)
    }

    /// What `sendSingleRowQuery` sends: statement text, or the name of a prepared one.
    private enum Statement {
        case text(String)
        case prepared(String)
    }
}

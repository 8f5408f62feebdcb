import CLibPQ
import Logging

/// One libpq connection. Not `Sendable`: use it from one thread at a time.
///
/// All values travel in text format both ways (bytea parameters excepted), and statements take
/// bound parameters only. Follows <https://www.postgresql.org/docs/15/libpq-exec.html>.
public final class Connection {
    private var handle: OpaquePointer?
    let logger: Logger
    /// Owned here so the C notice callback's unretained context outlives `PQfinish`.
    private let noticeSink: NoticeSink
    /// True while a `forEachRow` or `copyIn` closure runs: libpq would silently swallow the rest
    /// of the stream if another statement were sent on the same connection.
    private var isStreaming = false
    /// The statements `prepareOnce` has prepared on this connection.
    var preparedNames: Set<String> = []

    /// Connects (`PQconnectdb`), switches the session to UTF8 (`PQsetClientEncoding`) and sets
    /// `DateStyle = ISO` and `bytea_output = hex`, the formats `Row.decode` reads.
    /// See <https://www.postgresql.org/docs/15/libpq-connect.html>.
    ///
    /// - Parameter conninfo: a libpq URI/keyword string; "" means libpq reads PGHOST/PGPORT/PGUSER/PGDATABASE.
    /// - Parameter logger: receives server notices at `.notice` level.
    public init(conninfo: String, logger: Logger = Logger(label: "huizong.postgres"))
        throws(PostgresError)
    {
        self.logger = logger
        self.noticeSink = NoticeSink(logger: logger)
        guard let handle = PQconnectdb(conninfo) else {
            throw PostgresError(kind: .connection, message: "libpq could not allocate a connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let error = PostgresError.connection(handle)
            PQfinish(handle)
            throw error
        }
        self.handle = handle
        noticeSink.install(on: handle)
        guard PQsetClientEncoding(handle, "UTF8") == 0 else {
            let error = PostgresError.connection(handle)
            close()
            throw error
        }
        try setUpSession()
        logger.debug(
            "connected to PostgreSQL", metadata: ["server_version": "\(PQserverVersion(handle))"])
    }

    /// `PostgresDecodable` reads dates and bytes in these output formats, whatever the server's
    /// defaults. Setting only the style part of DateStyle keeps its field order for input.
    private func setUpSession() throws(PostgresError) {
        do {
            try executeScript("SET DateStyle = ISO; SET bytea_output = hex")
        } catch {
            close()
            throw error
        }
    }

    deinit {
        close()
    }

    /// Closes the connection (`PQfinish`). Safe to call more than once; later calls on this
    /// connection throw a `.connection` error.
    public func close() {
        guard let handle else { return }
        PQfinish(handle)
        self.handle = nil
    }

    /// True when the connection is open, not broken and outside any transaction: what a
    /// pool checks before lending it again.
    public var isHealthy: Bool {
        guard let handle else { return false }
        return PQstatus(handle) == CONNECTION_OK && PQtransactionStatus(handle) == PQTRANS_IDLE
    }

    /// Runs one statement with parameters bound by `PQexecParams` (text format; nil = SQL NULL)
    /// and returns all its rows — use for small results, `forEachRow` for big ones.
    ///
    /// A string literal argument goes to `execute(_: SQLQuery)` instead (this overload is
    /// disfavored), so `"… \(value)"` binds `value` rather than splicing it into the text.
    @_disfavoredOverload
    @discardableResult
    public func execute(_ sql: String, _ parameters: [PostgresValue?]) throws(PostgresError)
        -> QueryResult
    {
        let handle = try readyHandle()
        let result = try BoundParameters.with(parameters) { count, values, lengths, formats in
            PQexecParams(handle, sql, count, nil, values, lengths, formats, 0)
        }
        return try collect(result, on: handle)
    }

    /// Runs a script of several `;`-separated statements without parameters (`PQexec`), e.g. a
    /// migration. Unless the script has its own BEGIN/COMMIT, it runs as one transaction.
    public func executeScript(_ sql: String) throws(PostgresError) {
        let handle = try readyHandle()
        _ = try collect(PQexec(handle, sql), on: handle)
    }

    // MARK: - Internals shared with the extensions

    /// The open libpq connection, or an error when it is closed or busy streaming.
    func readyHandle() throws(PostgresError) -> OpaquePointer {
        guard let handle else {
            throw PostgresError(kind: .connection, message: "connection is closed")
        }
        guard !isStreaming else {
            throw .protocolViolation(
                "connection is busy inside forEachRow or copyIn; run other statements on another connection"
            )
        }
        return handle
    }

    /// Runs `body` with other statements locked out (see `isStreaming`).
    func streaming<T>(_ body: () throws -> T) rethrows -> T {
        isStreaming = true
        defer { isStreaming = false }
        return try body()
    }
}

/// Explicitly not `Sendable`: libpq connections must not be shared across threads.
@available(*, unavailable)
extension Connection: Sendable {}

import Foundation
import Logging
import Postgres
import Testing

/// Connections for the tests, from the PG* environment. A missing PGHOST fails the test
/// instead of skipping it, so a misconfigured CI run cannot pass silently.
enum TestDatabase {
    /// Discards notices such as "drop cascades to table t".
    static let quietLogger = Logger(label: "postgres-tests") { _ in SwiftLogNoOpLogHandler() }

    static func connect(logger: Logger = quietLogger) throws -> Connection {
        try #require(
            ProcessInfo.processInfo.environment["PGHOST"] != nil,
            "PGHOST is not set: start a PostgreSQL server and export PGHOST, PGUSER and PGDATABASE"
        )
        return try Connection(conninfo: "", logger: logger)
    }

    /// Runs `body` on a fresh connection whose search_path is a schema of its own (tests run in
    /// parallel), dropped afterwards.
    static func withScratchSchema<T>(
        logger: Logger = quietLogger,
        _ body: (Connection) throws -> T
    ) throws -> T {
        let connection = try connect(logger: logger)
        defer { connection.close() }
        let schema = "pgtest_" + String(UInt64.random(in: .min ... .max), radix: 36)
        try connection.executeScript("CREATE SCHEMA \(schema); SET search_path TO \(schema)")
        defer { try? connection.executeScript("DROP SCHEMA \(schema) CASCADE") }
        return try body(connection)
    }

    /// The single value of a one-row, one-column query.
    static func scalar(_ connection: Connection, _ sql: String, _ parameters: [PostgresValue?] = [])
        throws
        -> String?
    {
        try #require(connection.execute(sql, parameters).first)[0]
    }
}

/// An error thrown by test closures on purpose.
struct DeliberateError: Error, Equatable {}

/// Collects log events so tests can see where notices went.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [LogEvent] = []

    var events: [LogEvent] {
        lock.withLock { storage }
    }

    func append(_ event: LogEvent) {
        lock.withLock { storage.append(event) }
    }

    var logger: Logger {
        Logger(label: "postgres-tests") { _ in CapturingLogHandler(log: self) }
    }
}

/// A LogHandler writing into a `CapturedLog`.
struct CapturingLogHandler: LogHandler {
    let log: CapturedLog
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        log.append(event)
    }
}

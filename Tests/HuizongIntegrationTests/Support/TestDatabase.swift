import Foundation
import HuizongCore
import Logging
import Postgres
import Testing

/// A database of its own for one test, created on the server the PG* variables name (the
/// one `make test` starts), migrated, and dropped when the test is done.
final class TestDatabase {
    /// Notices ("relation exists, skipping") are not what the tests look at.
    static let logger = Logger(label: "huizong-tests") { _ in SwiftLogNoOpLogHandler() }

    /// The source tree: the shipped sql/, pipelines/ and samples/.
    static let files = ProjectFiles(
        root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent())

    let name: String
    /// libpq keyword string for this database (also what the binary gets as --database).
    let conninfo: String
    /// A connection to it, for the test's own queries.
    let connection: Connection

    /// Creates and migrates a fresh database.
    init(migrated: Bool = true) throws {
        let environment = ProcessInfo.processInfo.environment
        let host = try #require(
            environment["PGHOST"], "PGHOST is not set: run the suite with `make test`, which starts PostgreSQL")
        name = "hz_" + String(UInt64.random(in: .min ... .max), radix: 36)
        let admin = try Connection(conninfo: "", logger: Self.logger)
        defer { admin.close() }
        try admin.execute("create database \(unsafeRaw: name)")
        var parts = ["host='\(host)'", "dbname=\(name)"]
        if let user = environment["PGUSER"] { parts.append("user=\(user)") }
        if let port = environment["PGPORT"] { parts.append("port=\(port)") }
        conninfo = parts.joined(separator: " ")
        connection = try Connection(conninfo: conninfo, logger: Self.logger)
        if migrated { try Migrator(files: Self.files, logger: Self.logger).migrate(connection) }
    }

    deinit {
        connection.close()
        if let admin = try? Connection(conninfo: "", logger: Self.logger) {
            _ = try? admin.execute("drop database if exists \(unsafeRaw: name) with (force)")
            admin.close()
        }
    }

    /// The single value of a one-row query's first column.
    func scalar(_ sql: String, _ parameters: [PostgresValue?] = []) throws -> String? {
        try connection.execute(sql, parameters).first?[0]
    }

    /// Registers a tree: the root, then each unit under its parent (root when nil).
    func register(root: (String, String), units: [(code: String, name: String, parent: String?)]) throws {
        let registry = UnitRegistry(connection: connection)
        try registry.add(code: root.0, name: root.1, parent: nil)
        for unit in units { try registry.add(code: unit.code, name: unit.name, parent: unit.parent ?? root.0) }
    }

    /// A submission store with the shipped rules.
    func store() throws -> SubmissionStore {
        SubmissionStore(
            connection: connection, rules: try Rule.load(directory: "sql/rules", files: Self.files),
            logger: Self.logger)
    }

    /// Submits CSV text as a file named `fileName`.
    @discardableResult
    func submit(_ csv: String, fileName: String = "unit.csv", unit: String? = nil, year: Int? = nil) throws
        -> SubmissionStore.Outcome
    {
        try store().submit(fileName: fileName, data: Array(csv.utf8), expectedUnit: unit, expectedYear: year)
    }

    /// Runs the nightly pipeline for a node and year.
    @discardableResult
    func run(node: String, year: Int) throws -> PipelineRunner.Outcome {
        let pipeline = try PipelineDefinition.load(Self.files.url("pipelines/nightly.yaml"))
        return try PipelineRunner(connection: connection, files: Self.files, logger: Self.logger)
            .run(node: node, year: year, pipeline: pipeline)
    }
}

import Foundation
import Logging
import Postgres

/// `huizong restore`: a checked backup archive into an empty database (or a new embedded
/// home), in one transaction, then the restored database checked against the manifest:
/// every table's row count, the uploads' digest, and every raw upload's bytes against the
/// SHA-256 recorded when it arrived.
public struct DatabaseRestore {
    let target: DatabaseTarget
    let connection: Connection
    let logger: Logger

    /// A restore into the database `connection` is open on (not migrated), which `target` names.
    public init(target: DatabaseTarget, connection: Connection, logger: Logger) {
        self.target = target
        self.connection = connection
        self.logger = logger
    }

    /// What a restore did.
    public struct Summary: Sendable {
        /// Where it went: the embedded home, or the database's name.
        public var target: String
        public var manifest: BackupManifest
    }

    /// Restores `archive` (opened and checked by `BackupArchive.open`).
    @discardableResult
    public func restore(_ archive: BackupArchive) throws -> Summary {
        let label = try target.label(connection)
        let tables = try DatabaseSnapshot.tableCount(connection)
        guard tables == 0 else { throw HuizongError.usage(.restoreTargetNotEmpty(target: label, tables: tables)) }
        let tools = try BackupTools.locate()
        // Roles belong to the cluster, not the dump: the portal's must exist for its grants
        // and policies (as migration 0005 makes it).
        try connection.execute(
            """
            do $$ begin create role huizong_portal nologin;
            exception when duplicate_object or unique_violation then null; end $$
            """)
        try tools.run(
            tools.pgRestore,
            ["--single-transaction", "--exit-on-error", "--no-owner"] + (try target.toolArguments(connection))
                + [archive.dump.path])
        try check(archive.manifest)
        return Summary(target: label, manifest: archive.manifest)
    }

    private func check(_ manifest: BackupManifest) throws {
        let rows = try DatabaseSnapshot.tableRows(connection)
        for (table, expected) in manifest.tables.sorted(by: { $0.key < $1.key }) where rows[table] != expected {
            throw HuizongError.refused(
                .restoreCheckFailed(
                    what: table, expected: "\(expected) rows", found: rows[table].map { "\($0) rows" } ?? "no table"))
        }
        let uploads = try DatabaseSnapshot.uploads(connection)
        guard uploads == manifest.uploads else {
            throw HuizongError.refused(
                .restoreCheckFailed(
                    what: "intake.upload", expected: "\(manifest.uploads.count) uploads, \(manifest.uploads.digest)",
                    found: "\(uploads.count) uploads, \(uploads.digest)"))
        }
        let damaged = try DatabaseSnapshot.damagedUploads(connection)
        guard damaged == 0 else {
            throw HuizongError.refused(
                .restoreCheckFailed(
                    what: "intake.upload raw bytes", expected: "0 uploads differing from their SHA-256",
                    found: "\(damaged)"))
        }
    }
}

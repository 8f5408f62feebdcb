import Foundation
import Logging
import Postgres

/// `huizong backup`: pg_dump's custom format of the whole database, taken in a snapshot
/// whose row counts and uploads' digest go into the manifest, archived with it into one
/// file (written beside its final name, then renamed), then opened again and checked.
public struct DatabaseBackup {
    let target: DatabaseTarget
    let connection: Connection
    let logger: Logger

    /// A backup of the database `connection` is open on, which `target` names.
    public init(target: DatabaseTarget, connection: Connection, logger: Logger) {
        self.target = target
        self.connection = connection
        self.logger = logger
    }

    /// Writes the backup to `file` and checks it; returns its manifest.
    @discardableResult
    public func write(to file: URL) throws -> BackupManifest {
        let tools = try BackupTools.locate()
        let directory = file.deletingLastPathComponent()
        let work = directory.appendingPathComponent(".\(file.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: work, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw HuizongError.usage(.cannotWrite(path: file.path, reason: Self.reason(error)))
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let dump = work.appendingPathComponent(BackupManifest.dumpName)
        var manifest = try dumpInSnapshot(to: dump, tools: tools)
        let digest = try tools.digest(dump)
        manifest.dump = .init(name: BackupManifest.dumpName, size: digest.size, sha256: digest.sha256)
        _ = try tools.listEntries(dump)
        try manifest.encoded().write(to: work.appendingPathComponent(BackupManifest.manifestName))
        let partial = work.appendingPathComponent("archive.tar")
        try tools.run(
            BackupTools.tar,
            ["-cf", partial.path, "-C", work.path, BackupManifest.manifestName, BackupManifest.dumpName])
        BackupTools.sync(partial)
        guard rename(partial.path, file.path) == 0 else {
            throw HuizongError.usage(.cannotWrite(path: file.path, reason: String(cString: strerror(errno))))
        }
        let check = try BackupArchive.open(file.path)
        check.remove()
        return check.manifest
    }

    /// Runs pg_dump on a snapshot exported from a repeatable-read transaction, and reads the
    /// manifest's counts in that same snapshot.
    private func dumpInSnapshot(to dump: URL, tools: BackupTools) throws -> BackupManifest {
        try connection.transaction {
            try connection.execute("set transaction isolation level repeatable read, read only")
            let snapshot = try connection.execute("select pg_export_snapshot() as s").first!.decode(String.self, "s")
            let manifest = BackupManifest(
                format: BackupManifest.currentFormat,
                createdAt: try connection.execute(
                    "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') as t"
                ).first!.decode(String.self, "t"),
                serverVersion: try connection.execute("show server_version").first![0] ?? "",
                pgDump: try tools.run(tools.pgDump, ["--version"]),
                migrations: try DatabaseSnapshot.migrations(connection),
                dump: .init(name: BackupManifest.dumpName, size: 0, sha256: ""),
                tables: try DatabaseSnapshot.tableRows(connection),
                uploads: try DatabaseSnapshot.uploads(connection))
            logger.info("dumping", metadata: ["snapshot": "\(snapshot)"])
            try tools.run(
                tools.pgDump,
                ["--format=custom", "--snapshot=\(snapshot)", "--file=\(dump.path)"]
                    + (try target.toolArguments(connection)))
            return manifest
        }
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

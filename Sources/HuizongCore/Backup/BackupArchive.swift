import Foundation

/// A backup file: a tar archive of `manifest.json` and `huizong.dump` (pg_dump's custom
/// format), readable with `tar` alone. Opening one extracts it into a scratch directory and
/// checks the dump against the manifest's SHA-256 and with `pg_restore --list`.
public struct BackupArchive {
    /// The archive's path as the user named it.
    public let path: String
    /// Its manifest.
    public let manifest: BackupManifest
    /// The extracted dump, checked.
    let dump: URL
    /// The scratch directory holding it; `remove()` deletes it.
    let scratch: URL

    /// Extracts and checks the archive at `path`; refuses a file that is not a backup, or
    /// one whose dump does not match its manifest.
    public static func open(_ path: String) throws -> BackupArchive {
        let tools = try BackupTools.locate()
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw HuizongError.usage(.cannotRead(path: path, reason: nil))
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "huizong-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        do {
            let archive = try extract(path, into: scratch, tools: tools)
            try archive.check(tools)
            return archive
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
    }

    private static func extract(_ path: String, into scratch: URL, tools: BackupTools) throws -> BackupArchive {
        let members = [BackupManifest.manifestName, BackupManifest.dumpName]
        let extracted = try ExternalCommand(
            executable: BackupTools.tar, arguments: ["-xf", path, "-C", scratch.path] + members
        ).run()
        guard extracted.status == 0,
            let data = FileManager.default.contents(atPath: scratch.appendingPathComponent(members[0]).path),
            let manifest = try? JSONDecoder().decode(BackupManifest.self, from: data),
            manifest.format == BackupManifest.currentFormat
        else {
            throw HuizongError.refused(.notABackup(path: path))
        }
        return BackupArchive(
            path: path, manifest: manifest, dump: scratch.appendingPathComponent(members[1]), scratch: scratch)
    }

    private func check(_ tools: BackupTools) throws {
        let digest = try tools.digest(dump)
        guard digest.sha256 == manifest.dump.sha256, digest.size == manifest.dump.size,
            (try? tools.listEntries(dump)) != nil
        else {
            throw HuizongError.refused(.backupCorrupted(path: path, member: manifest.dump.name))
        }
    }

    /// Deletes the extracted files.
    public func remove() {
        try? FileManager.default.removeItem(at: scratch)
    }
}

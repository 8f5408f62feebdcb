import Foundation

/// The programs a backup is made and read with: PostgreSQL's `pg_dump` and `pg_restore`
/// (from the same directory as the embedded cluster's server), `tar` and `sha256sum`.
struct BackupTools {
    let binaries: PostgresBinaries

    /// The tools beside the PostgreSQL server binaries (`HUIZONG_PG_BINDIR` or Debian's).
    static func locate() throws -> BackupTools {
        BackupTools(binaries: try PostgresBinaries.locate())
    }

    /// Runs `program` with `arguments`; its output, or a refusal naming it when it fails.
    @discardableResult
    func run(_ program: String, _ arguments: [String]) throws -> String {
        let result = try ExternalCommand(executable: program, arguments: arguments).run()
        guard result.status == 0 else {
            throw HuizongError.cluster(.backupToolFailed(program: program, output: result.output))
        }
        return result.output
    }

    var pgDump: String { binaries.path("pg_dump") }
    var pgRestore: String { binaries.path("pg_restore") }
    static let tar = "/usr/bin/tar"
    static let sha256sum = "/usr/bin/sha256sum"

    /// The SHA-256 (hex) and size of a file.
    func digest(_ url: URL) throws -> (sha256: String, size: Int64) {
        let output = try run(Self.sha256sum, ["--binary", url.path])
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber
        return (String(output.prefix(64)), size?.int64Value ?? -1)
    }

    /// The entries of a custom-format dump's table of contents; fails on an unreadable dump.
    func listEntries(_ dump: URL) throws -> Int {
        try run(pgRestore, ["--list", dump.path]).split(separator: "\n").filter { !$0.hasPrefix(";") }.count
    }

    /// Flushes a written file to disk.
    static func sync(_ url: URL) {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

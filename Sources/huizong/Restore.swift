import ArgumentParser
import Foundation
import HuizongCore

/// `huizong restore FILE`: a backup into an empty database or a new embedded home.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore a backup into an empty database (or a new HUIZONG_HOME) and check it.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The backup file (huizong backup -o FILE).") var file: String

    func run() throws {
        try CommandContext.offline {
            let logger = CommandContext.makeLogger()
            let files = try ProjectFiles.locate()
            // The file first: a damaged backup is refused before any database is touched.
            let archive = try BackupArchive.open(file)
            defer { archive.remove() }
            let target = DatabaseTarget.resolve(option: options.database)
            let connection = try target.connect(files: files, logger: logger, migrate: false)
            defer { connection.close() }
            let summary = try DatabaseRestore(target: target, connection: connection, logger: logger).restore(archive)
            let manifest = summary.manifest
            print(
                "restored \(file) (taken \(manifest.createdAt)) into \(summary.target): \(manifest.tables.count) tables, "
                    + "\(manifest.tables.values.reduce(0, +)) rows, \(manifest.uploads.count) uploads; "
                    + "row counts and every upload's SHA-256 verified")
        }
    }
}

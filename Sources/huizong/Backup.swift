import ArgumentParser
import Foundation
import HuizongCore

/// `huizong backup`: a checked backup of the whole database in one file.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a verified backup of the database (pg_dump custom format and a manifest, one tar file).")

    @OptionGroup var options: GlobalOptions
    @Option(name: .short, help: "The backup file to write.") var output: String?
    @Option(help: "Instead of -o: a directory that holds the nightly backups, one new file per backup.")
    var dir: String?
    @Option(help: "With --dir: how many of the newest backups to keep.") var keep = 14

    func validate() throws {
        guard (output == nil) != (dir == nil) else { throw ValidationError("give either -o FILE or --dir DIR") }
    }

    func run() throws {
        try CommandContext.run(options) { context in
            let rotation = try dir.map { try BackupRotation(directory: URL(fileURLWithPath: $0), keep: keep) }
            let file = try rotation?.nextFile() ?? URL(fileURLWithPath: output!)
            let manifest = try DatabaseBackup(
                target: DatabaseTarget.resolve(option: options.database), connection: context.connection,
                logger: context.logger
            ).write(to: file)
            let rows = manifest.tables.values.reduce(0, +)
            print(
                "backup \(file.path): \(manifest.tables.count) tables, \(rows) rows, \(manifest.uploads.count) uploads; "
                    + "dump \(manifest.dump.size) bytes, sha256 \(manifest.dump.sha256); verified")
            for removed in try rotation?.removeOld() ?? [] { print("removed old backup \(removed)") }
        }
    }
}

import ArgumentParser
import HuizongCore

/// `huizong migrate`: creates or upgrades the schema and reference data.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or upgrade the schema and the shipped reference data; safe to run again.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try CommandContext.run(options) { context in
            let applied = try Migrator(files: context.files, logger: context.logger).migrate(context.connection)
            print(applied.isEmpty ? "schema up to date" : "applied: " + applied.joined(separator: ", "))
        }
    }
}

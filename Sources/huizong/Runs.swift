import ArgumentParser
import HuizongCore

/// `huizong runs [list]` and `huizong runs prune`.
struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the runs of a node and year, or prune their results.",
        subcommands: [RunsList.self, RunsPrune.self], defaultSubcommand: RunsList.self)
}

/// `huizong runs`: the runs of a node and year, with status, stage timings and manifest.
struct RunsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the runs of a node and year: status, stage timings, manifest hash.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The node of the unit tree.") var unit: String
    @Option(help: "The fiscal year.") var year: Int

    func run() throws {
        try CommandContext.run(options) { context in
            // The current run, the one exports read, is the newest that succeeded.
            var current: Int64?
            try RunLedger.forEach(node: unit, year: year, connection: context.connection) { run in
                var state = run.outcome.label
                if current == nil, run.outcome.succeeded {
                    current = run.id
                    state += ", current"
                }
                if run.prunedAt != nil { state += ", results pruned" }
                print(
                    "run \(run.id)  \(OfficeTime.office.listing(run.startedAt))  \(state)  \(run.errors) error(s), \(run.warnings) warning(s)"
                        + (run.stages.isEmpty ? "" : "  [\(run.stages.map(\.description).joined(separator: ", "))]")
                        + (run.manifest.map { "  manifest \($0)" } ?? ""))
            }
        }
    }
}

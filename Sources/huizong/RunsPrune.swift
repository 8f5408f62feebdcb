import ArgumentParser
import HuizongCore

/// `huizong runs prune`: deletes older runs' detailed results, keeping their manifests,
/// findings and export hashes.
struct RunsPrune: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete the results of a node and year's older runs; keep the newest N and the approved ones.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The node of the unit tree.") var unit: String
    @Option(help: "The fiscal year.") var year: Int
    @Option(help: "How many of the newest succeeded runs keep their results (at least 1).") var keep: Int

    func run() throws {
        try CommandContext.run(options) { context in
            let report = try RunPruner(connection: context.connection).prune(node: unit, year: year, keep: keep)
            print(
                "pruned the results of \(report.pruned.count) run(s) of \(unit) \(year)"
                    + Self.list(report.pruned))
            print("kept the newest \(report.keptNewest.count)" + Self.list(report.keptNewest))
            if !report.keptApproved.isEmpty {
                print("kept \(report.keptApproved.count) approved" + Self.list(report.keptApproved))
            }
            if !report.prunedBefore.isEmpty {
                print("pruned before: \(report.prunedBefore.count)" + Self.list(report.prunedBefore))
            }
        }
    }

    private static func list(_ runs: [Int64]) -> String {
        runs.isEmpty ? "" : ": " + runs.map { "run \($0)" }.joined(separator: ", ")
    }
}

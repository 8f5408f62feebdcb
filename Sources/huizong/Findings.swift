import ArgumentParser
import HuizongCore
import Postgres

/// `huizong findings`: a run's findings, unit by unit and rule by rule.
struct Findings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the findings of the node's newest run for the year (or of --run N), by unit and rule.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The node of the unit tree.") var unit: String
    @Option(help: "The fiscal year.") var year: Int
    @Option(name: .customLong("run"), help: "A run id (default: the newest run, finished or not).")
    var runId: Int64?

    func run() throws {
        try CommandContext.run(options) { context in
            let runId = try self.runId ?? newestRun(context.connection)
            print("run \(runId) for \(unit) \(year)")
            var group = ""
            try RunFindings.forEach(runId: runId, connection: context.connection) { entry in
                let heading = "\(entry.unitCode ?? "?") \(entry.rule) (\(entry.severity.rawValue))"
                if heading != group {
                    print(heading)
                    group = heading
                }
                print("  \(entry.finding.description)")
            }
            if group.isEmpty { print("no findings") }
        }
    }

    private func newestRun(_ connection: Connection) throws -> Int64 {
        var newest: Int64?
        try RunLedger.forEach(node: unit, year: year, connection: connection) { entry in
            if newest == nil { newest = entry.id }
        }
        guard let newest else { throw HuizongError.usage("no run for \(unit) in \(year) yet") }
        return newest
    }
}

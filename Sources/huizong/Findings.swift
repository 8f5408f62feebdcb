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
    @OptionGroup var output: FindingOutput

    func run() throws {
        try CommandContext.run(options) { context in
            try Rule.loadCatalogue(files: context.files)
            let runId = try self.runId ?? newestRun(context.connection)
            if output.format == .json {
                try printJSON(runId: runId, connection: context.connection)
                return
            }
            let zh = output.language == .zh
            print(zh ? "汇总 #\(runId)（\(unit)，\(year) 年）" : "run \(runId) for \(unit) \(year)")
            var group = ""
            try RunFindings.forEach(runId: runId, connection: context.connection) { finding in
                let heading =
                    zh
                    ? "\(finding.unit ?? "?") \(finding.name(.zh))（\(finding.severity.chinese)）"
                    : "\(finding.unit ?? "?") \(finding.code) (\(finding.severity.rawValue))"
                if heading != group {
                    print(heading)
                    group = heading
                }
                print("  \(output.line(finding))")
            }
            if group.isEmpty { print(zh ? "没有发现问题" : "no findings") }
        }
    }

    /// `{"run": N, "unit": …, "year": …, "findings": [...]}`, streamed a finding at a time.
    private func printJSON(runId: Int64, connection: Connection) throws {
        print("{\"run\": \(runId), \"unit\": \(FindingRecord.jsonString(unit)), \"year\": \(year), \"findings\": [")
        var first = true
        try RunFindings.forEach(runId: runId, connection: connection) { finding in
            print((first ? "  " : ", ") + output.line(finding))
            first = false
        }
        print("]}")
    }

    private func newestRun(_ connection: Connection) throws -> Int64 {
        guard let newest = try RunLedger.newest(node: unit, year: year, connection: connection) else {
            throw HuizongError.usage(.noRunYet(unit: unit, year: year))
        }
        return newest.id
    }
}

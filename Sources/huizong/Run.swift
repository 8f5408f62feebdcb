import ArgumentParser
import HuizongCore

/// `huizong run`: the nightly consolidation for a node and year.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate and consolidate the tree under the node for the year.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The node of the unit tree.") var unit: String
    @Option(help: "The fiscal year.") var year: Int
    @Option(help: "Pipeline file (default pipelines/nightly.yaml).") var pipeline: String?
    @Flag(help: "Wait for a run in progress for the same node and year instead of exiting 4.") var wait = false
    @Flag(help: "Recompute every unit's partial aggregates instead of only those of new versions, rules or tables.")
    var full = false

    func run() throws {
        let outcome = try CommandContext.run(options) { context in
            let outcome = try ConsolidationRun.run(
                node: unit, year: year, pipelineFile: context.files.url(pipeline ?? "pipelines/nightly.yaml"),
                wait: wait, full: full, connection: context.connection, files: context.files, logger: context.logger)
            print(Self.summary(outcome, unit: unit, year: year))
            try RunFindings.forEach(runId: outcome.runId, connection: context.connection) { finding in
                print("  \(finding.description)")
            }
            return outcome
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    static func summary(_ outcome: PipelineRunner.Outcome, unit: String, year: Int) -> String {
        var text = "run \(outcome.runId) for \(unit) \(year): "
        if !outcome.succeeded {
            text += "\(outcome.errors) error(s), results not published"
        } else if outcome.complete {
            text += "consolidated, complete"
        } else {
            text +=
                "consolidated, INCOMPLETE: no submission in force for " + outcome.missingUnits.joined(separator: ", ")
        }
        if outcome.warnings > 0 { text += " (\(outcome.warnings) warning(s))" }
        return text
    }
}

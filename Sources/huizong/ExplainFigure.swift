import ArgumentParser
import HuizongCore

/// `huizong explain-figure`: the units and lines behind one figure of the report or of the
/// base-data table.
struct ExplainFigure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain-figure",
        abstract: "Show which units and lines make one figure (e.g. basic.by_econ.302, base_data.basic.actual).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: GlobalOptions
    @Option(help: "The node of the unit tree.") var unit: String
    @Option(help: "The fiscal year.") var year: Int
    @Option(name: .customLong("run"), help: "A succeeded run (default: the node's current run).") var runId: Int64?
    @Option(help: "text (default) or json.") var format: Format = .text
    @Argument(help: "The figure's key: a key of the report (spec/report.md) or base_data.ROW.COLUMN.")
    var key: String

    func run() throws {
        if FigureRate.isRate(self.key) { return try explainRate() }
        let key = try CommandContext.offline { try FigureKey.parse(self.key) }
        try CommandContext.run(options) { context in
            let provenance = try FigureProvenance.load(
                node: unit, year: year, run: runId, key: key, files: context.files, connection: context.connection)
            let sink = OutputSink.standardOutput()
            switch format {
            case .text: try provenance.writeText(to: sink, connection: context.connection)
            case .json: try provenance.writeJSON(to: sink, connection: context.connection)
            }
            try sink.close()
        }
    }

    /// A rate: its formula and terms, each term explained by its own key.
    private func explainRate() throws {
        try CommandContext.run(options) { context in
            let rate = try FigureRate.load(
                node: unit, year: year, run: runId, key: key, files: context.files, connection: context.connection)
            let sink = OutputSink.standardOutput()
            switch format {
            case .text: rate.writeText(to: sink)
            case .json: rate.writeJSON(to: sink)
            }
            try sink.close()
        }
    }
}

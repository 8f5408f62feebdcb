import ArgumentParser
import Foundation
import HuizongCore

extension ExportFormat: ExpressibleByArgument {}
extension TotalsTable.Dimension: ExpressibleByArgument {}

/// `huizong export base-data|totals|explanations`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the node's tables and 审核说明 list from its newest finished run for the year.",
        subcommands: [BaseData.self, Totals.self, ExplanationList.self])

    /// Options both exports take.
    struct Target: ParsableArguments {
        @Option(help: "The node of the unit tree.") var unit: String
        @Option(help: "The fiscal year.") var year: Int
        @Option(help: "json, csv, xlsx or md.") var format: ExportFormat = .json
        @Option(name: .short, help: "Write to this file instead of stdout.") var output: String?
        @Option(help: "Re-export an earlier finished run, exactly as it was (default: the current run).")
        var run: Int64?

        func sink() throws -> OutputSink {
            guard let output else {
                // A workbook is binary: printed to a terminal it is noise and no file.
                if format == .xlsx, isatty(STDOUT_FILENO) != 0 {
                    throw CommandContext.exit(for: HuizongError.usage(.xlsxNeedsOutputFile))
                }
                return .standardOutput()
            }
            return try .file(URL(fileURLWithPath: output))
        }
    }

    struct BaseData: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "base-data", abstract: "The 基础数据表 (base-data table).")

        @OptionGroup var options: GlobalOptions
        @OptionGroup var target: Target

        func run() throws {
            try CommandContext.run(options) { context in
                let table = try BaseDataTable.load(
                    node: target.unit, year: target.year, run: target.run, connection: context.connection)
                let sink = try target.sink()
                try table.render(target.format, to: sink)
                try sink.close()
            }
        }
    }

    struct Totals: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Totals by economic class, functional class or unit.")

        @OptionGroup var options: GlobalOptions
        @OptionGroup var target: Target
        @Option(help: "econ, func or unit (xlsx: the workbook has all three sheets, this one first).")
        var by: TotalsTable.Dimension

        func run() throws {
            try CommandContext.run(options) { context in
                let table = try TotalsTable(
                    node: target.unit, year: target.year, dimension: by, run: target.run, connection: context.connection
                )
                let sink = try target.sink()
                try table.render(target.format, connection: context.connection, to: sink)
                try sink.close()
            }
        }
    }

    struct ExplanationList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explanations",
            abstract: "The 审核说明 list: every warning of the run with its explanation and the office's decision.",
            discussion: """
                The list is as the run saw it (explanations and decisions made before it started), which is what \
                the run's manifest hashes; --live shows them as they stand now.
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var target: Target
        @Flag(help: "Explanations and decisions as they stand now, not as the run saw them.") var live = false

        func run() throws {
            try CommandContext.run(options) { context in
                try Rule.loadCatalogue(files: context.files)
                let list = try HuizongCore.ExplanationList(
                    node: target.unit, year: target.year, run: target.run, live: live, connection: context.connection)
                let sink = try target.sink()
                try list.render(target.format, connection: context.connection, to: sink)
                try sink.close()
            }
        }
    }
}

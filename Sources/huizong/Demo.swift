import ArgumentParser
import Foundation
import HuizongCore

/// `huizong demo`: the reference department end to end.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Register the reference department, submit its 2021 and 2022 files, consolidate both years, "
            + "print the 2022 base-data table and write the exports and the 2022 report into out/.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Directory for the exports.") var out: String = "out"

    func run() throws {
        try CommandContext.run(options) { context in
            let demo = ReferenceDepartment(connection: context.connection, files: context.files, logger: context.logger)
            try demo.load { CommandContext.printError($0) }
            let directory = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let node = ReferenceDepartment.node.code
            try Rule.loadCatalogue(files: context.files)
            for year in ReferenceDepartment.years {
                let source = try ExportSource.load(node: node, year: year, connection: context.connection)
                for export in ExportSet.all {
                    let file = "\(export.stem)-\(year).\(export.format.rawValue)"
                    try write(directory.appendingPathComponent(file)) {
                        try export.render(source, connection: context.connection, to: $0)
                    }
                }
            }
            try writeReport(node: node, year: ReferenceDepartment.years.last!, into: directory, context)
            let latest = try BaseDataTable.load(
                node: node, year: ReferenceDepartment.years.last!, connection: context.connection)
            let stdout = OutputSink.standardOutput()
            try latest.render(.md, to: stdout)
            try stdout.close()
            print("\nexports written to \(directory.path)/")
        }
    }

    /// The self-evaluation report of `year`, as JSON, Markdown, HTML and DOCX.
    private func writeReport(node: String, year: Int, into directory: URL, _ context: CommandContext) throws {
        let report = try ReportFigures.load(
            node: node, year: year, files: context.files, connection: context.connection)
        try write(directory.appendingPathComponent("report-\(node)-\(year).json")) { report.renderJSON(to: $0) }
        try write(directory.appendingPathComponent("report-\(node)-\(year).md")) { report.renderMarkdown(to: $0) }
        try write(directory.appendingPathComponent("report-\(node)-\(year).html")) { report.renderHTML(to: $0) }
        try write(directory.appendingPathComponent("report-\(node)-\(year).docx")) {
            $0.write(bytes: try report.docxBytes())
        }
    }

    private func write(_ url: URL, _ body: (OutputSink) throws -> Void) throws {
        let sink = try OutputSink.file(url)
        try body(sink)
        try sink.close()
    }
}

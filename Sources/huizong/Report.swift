import ArgumentParser
import Foundation
import HuizongCore

extension Language: ExpressibleByArgument {}

/// `huizong report`: the self-evaluation report, and the office's prose in it.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The department's self-evaluation report (部门整体支出绩效自评报告) from its current complete run.",
        subcommands: [Write.self, Prose.self, IndicatorTemplate.self, Indicators.self], defaultSubcommand: Write.self)

    /// The formats the report is written in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, md, html, docx, xlsx
    }

    struct Write: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "write",
            abstract: "Write the report (the default: `huizong report --unit 401 --year 2022` is this).",
            discussion: """
                From the node's current run for the year, or --run N. An incomplete run is refused unless \
                --draft, and a draft says so under its title and in every section.
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The node of the unit tree (a department).") var unit: String
        @Option(help: "The fiscal year.") var year: Int
        @Option(name: .customLong("run"), help: "An earlier finished run (default: the current run).") var runId: Int64?
        @Flag(help: "Write a draft from an incomplete run.") var draft = false
        @Option(
            help:
                "json, md, html (one page with the charts), docx (Word) or xlsx (attachment 2, the 自评表, alone; needs -o)."
        ) var format: Format = .json
        @Option(name: .short, help: "Write to this file instead of stdout.") var output: String?
        @Option(help: "The language of the notes in md, html and docx: zh or en (JSON carries both).") var lang:
            Language = .zh
        @Option(
            help: ArgumentHelp(
                "html: link every figure with lines to the portal's provenance page, URL-BASE followed by "
                    + "figures?unit=&year=&run=&key= (html only).",
                valueName: "URL-BASE")) var figureLinks: String?

        func run() throws {
            try CommandContext.run(options) { context in
                let figures = try ReportFigures.load(
                    node: unit, year: year, run: runId, draft: draft, files: context.files,
                    connection: context.connection)
                if format == .xlsx, output == nil { throw HuizongError.usage(.xlsxNeedsOutputFile) }
                if figureLinks != nil, format != .html {
                    throw HuizongError.usage(.optionNeedsFormat(option: "--figure-links", format: "html"))
                }
                let sink = try output.map { try OutputSink.file(URL(fileURLWithPath: $0)) } ?? .standardOutput()
                switch format {
                case .json: figures.renderJSON(to: sink)
                case .md: figures.renderMarkdown(to: sink, language: lang)
                case .html: figures.renderHTML(to: sink, language: lang, links: figureLinks.map(FigureLinks.init))
                case .docx: sink.write(bytes: try figures.docxBytes(language: lang))
                case .xlsx: try figures.renderXLSX(to: sink)
                }
                try sink.close()
            }
        }
    }

    struct Prose: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set (from FILE) or print the office's prose of the report for a node and year.",
            discussion: """
                basic-info is sections 一（一）部门职能 and （二）部门机构设置; performance is section 六 and \
                what follows it. Markdown, inserted into the report as written. Stored in the database \
                (report.prose), newest text in force, earlier ones kept.
                """)

        /// The part of the report, as the command line spells it.
        enum Part: String, ExpressibleByArgument, CaseIterable {
            case basicInfo = "basic-info"
            case performance

            var part: ReportProse.Part { self == .basicInfo ? .basicInfo : .performance }
        }

        @OptionGroup var options: GlobalOptions
        @Option(help: "The node of the unit tree (a department).") var unit: String
        @Option(help: "The fiscal year.") var year: Int
        @Option(help: "basic-info or performance.") var part: Part
        @Argument(help: "A Markdown file (UTF-8); without it, the text in force is printed.") var file: String?

        func run() throws {
            try CommandContext.run(options) { context in
                guard let file else {
                    let prose = try ReportProse.load(node: unit, year: year, connection: context.connection)
                    if let text = prose[part.part] { print(text, terminator: text.hasSuffix("\n") ? "" : "\n") }
                    return
                }
                let text: String
                do {
                    text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
                } catch {
                    throw HuizongError.usage(.cannotRead(path: file, reason: nil))
                }
                try ReportProse.save(text, part: part.part, node: unit, year: year, connection: context.connection)
                print("prose \(part.rawValue) of \(unit) \(year) saved")
            }
        }
    }
}

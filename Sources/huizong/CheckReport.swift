import ArgumentParser
import Foundation
import HuizongCore
import ReportCheck

/// `huizong check-report`: a report's own arithmetic, and its figures against the data.
struct CheckReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-report",
        abstract: "Check a report's text (docx, txt, md): the relations it states among its figures.",
        discussion: """
            With --unit and --year, also every figure that names something the node's current complete run \
            computes (income, expenditure, classes, units, 三公, staffing, rates). Exit status 0 when nothing is \
            wrong (notes and warnings only), 1 with errors, 2 when the file cannot be read.
            """)

    @Argument(help: "The report: .docx, .txt or .md (UTF-8 or GB18030).") var file: String
    @OptionGroup var output: FindingOutput
    @Option(help: "Check the figures against this node's current complete run (with --year).") var unit: String?
    @Option(help: "The fiscal year of --unit's run.") var year: Int?
    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if (unit == nil) != (year == nil) { throw ValidationError("--unit and --year go together") }
    }

    func run() throws {
        let document: ReportDocument
        do {
            document = try ReportReader.read(path: file)
        } catch {
            FileHandle.standardError.write(Data((Refusal.reportUnreadable(error).message(output.language) + "\n").utf8))
            throw ExitCode(2)
        }
        var data: DataFigures?
        if let unit, let year {
            data = try CommandContext.run(options) { context in
                try ReportFigures.load(node: unit, year: year, files: context.files, connection: context.connection)
                    .dataFigures
            }
        }
        let findings = ReportChecker(data: data).check(document)
        print(render(findings), terminator: "")
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    private func render(_ findings: [CheckFinding]) -> String {
        let language: CheckLanguage = output.language == .zh ? .zh : .en
        if output.format == .json { return CheckFindingJSON.document(findings, language: language) + "\n" }
        return findings.map { CheckFindingJSON.line($0, language: language) + "\n" }.joined()
    }
}

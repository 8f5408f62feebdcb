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
            FileHandle.standardError.write(Data((CheckReport.refusal(error, language: output.language) + "\n").utf8))
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

    static func refusal(_ error: ReportReadError, language: Language) -> String {
        let zh = language == .zh
        switch error {
        case .unreadable(let path): return zh ? "无法读取文件 \(path)" : "cannot read \(path)"
        case .unsupportedType(let path, let type):
            return zh
                ? "\(path)：不支持的文件类型“\(type)”，应为 docx、txt 或 md"
                : "\(path): a .\(type) file; check-report reads .docx, .txt and .md"
        case .encoding(let path):
            return zh ? "\(path)：既不是 UTF-8 也不是 GB18030 编码的文本" : "\(path): neither UTF-8 nor GB18030 text"
        case .damagedDocx(let path, let problem):
            return zh ? "\(path)：无法读取的 DOCX 文件（\(problem)）" : "\(path): not a readable DOCX file (\(problem))"
        }
    }
}

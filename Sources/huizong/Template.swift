import ArgumentParser
import Foundation
import HuizongCore

/// `huizong template`: the Excel workbook a unit fills in for a year.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the Excel template for a unit and year: sheet 填报 prefilled from last year, drop-down lists.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The unit the template is for.") var unit: String
    @Option(help: "The fiscal year.") var year: Int
    @Option(name: .short, help: "The workbook to write (.xlsx).") var output: String

    func run() throws {
        try CommandContext.run(options) { context in
            let template = try SubmissionTemplate.load(unit: unit, year: year, connection: context.connection)
            let bytes = try template.bytes()
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                throw HuizongError.usage(.cannotWrite(path: output, reason: nil))
            }
            print("wrote \(output): template of \(unit) for \(year)")
        }
    }
}

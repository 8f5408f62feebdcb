import ArgumentParser
import Foundation
import HuizongCore

extension Report {
    /// `huizong report template`: the workbook the office fills with its indicator rows.
    struct IndicatorTemplate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Write the 自评表 workbook (attachment 2) for the office to fill: last year's rows and "
                + "this year's computed cost indicators.",
            discussion: """
                Sheet 自评表 holds last year's indicator rows (targets and weights kept; actuals, scores and \
                reasons cleared) and the cost indicators computed from this year's current run; sheet 评分版本 \
                lists the scoring edition's levels and weights. Fill it and load it with \
                `huizong report indicators`.
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The node of the unit tree (a department).") var unit: String
        @Option(help: "The fiscal year.") var year: Int
        @Option(help: "The scoring edition (pipelines/scoring/NAME.yaml; default: the newest for the year).")
        var edition: String?
        @Option(name: .short, help: "The workbook to write (default: indicators-UNIT-YEAR.xlsx).") var output: String?

        func run() throws {
            try CommandContext.run(options) { context in
                let template = try HuizongCore.IndicatorTemplate.load(
                    node: unit, year: year, edition: edition, files: context.files, connection: context.connection)
                let path = output ?? "indicators-\(unit)-\(year).xlsx"
                guard FileManager.default.createFile(atPath: path, contents: Data(try template.bytes())) else {
                    throw HuizongError.usage(.cannotWrite(path: path, reason: nil))
                }
                print("wrote \(path): 自评表 of \(unit) for \(year), \(template.rows.count) rows prefilled")
            }
        }
    }

    /// `huizong report indicators FILE`: loads the office's indicator rows.
    struct Indicators: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load the office's indicator rows of the 自评表 from a workbook or CSV file.",
            discussion: """
                The columns of `huizong report template` (一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, \
                分值, 得分, 偏差原因分析及改进措施, or level1, level2, indicator, target, actual_value, weight, \
                score, reason). Checked against the scoring edition and the node's current run; any error \
                rejects the whole file (exit 1), warnings are stored with it. The newest load is in force.
                """)

        @OptionGroup var options: GlobalOptions
        @OptionGroup var output: FindingOutput
        @Option(help: "The node of the unit tree (a department).") var unit: String
        @Option(help: "The fiscal year.") var year: Int
        @Option(help: "The scoring edition (pipelines/scoring/NAME.yaml; default: the newest for the year).")
        var edition: String?
        @Argument(help: "The filled workbook (.xlsx) or a CSV file of the same columns.") var file: String

        func run() throws {
            let accepted = try CommandContext.run(options) { context -> Bool in
                let data: Data
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: file))
                } catch {
                    throw HuizongError.usage(.cannotRead(path: file, reason: nil))
                }
                let outcome = try IndicatorLoad.load(
                    data: Array(data), fileName: URL(fileURLWithPath: file).lastPathComponent, node: unit, year: year,
                    edition: edition, files: context.files, connection: context.connection)
                for finding in outcome.findings { print(output.line(finding)) }
                if outcome.accepted {
                    print(
                        "\(file): \(outcome.rowCount) indicator rows of \(unit) \(year) loaded (edition \(outcome.edition))"
                    )
                } else {
                    print("\(file): rejected, nothing loaded")
                }
                return outcome.accepted
            }
            if !accepted { throw ExitCode(1) }
        }
    }
}

import ArgumentParser
import Foundation
import HuizongCore

/// `huizong submit FILE...`: uploads submissions and prints what is wrong, line by line.
struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Upload submission files; print accepted / accepted with warnings / rejected and every finding.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "CSV or XLSX files, one unit and year each.") var files: [String]
    @Option(help: "The unit the files are for (their meta rows must agree).") var unit: String?
    @Option(help: "The fiscal year the files are for (their meta rows must agree).") var year: Int?

    func run() throws {
        let missing = files.filter { !FileManager.default.isReadableFile(atPath: $0) }
        guard missing.isEmpty else {
            throw CommandContext.exit(for: HuizongError.usage("cannot read \(missing.joined(separator: ", "))"))
        }
        let allAccepted = try CommandContext.run(options) { context in
            let store = SubmissionStore(
                connection: context.connection, rules: try Rule.load(directory: "sql/rules", files: context.files),
                logger: context.logger)
            var allAccepted = true
            var progress = SubmitProgress(total: files.count)
            for file in files {
                let outcome = try store.submit(
                    fileName: file, data: Array(try Data(contentsOf: URL(fileURLWithPath: file))),
                    expectedUnit: unit, expectedYear: year)
                progress.clear()
                Self.report(outcome)
                progress.fileDone(records: outcome.records)
                allAccepted = allAccepted && outcome.status != .rejected
            }
            return allAccepted
        }
        if !allAccepted { throw ExitCode(1) }
    }

    static func report(_ outcome: SubmissionStore.Outcome) {
        var what = [outcome.unitCode, outcome.fiscalYear.map(String.init), outcome.version.map { "version \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        if what.isEmpty { what = "upload \(outcome.uploadId)" }
        print("\(outcome.fileName): \(outcome.status.label) (\(what))")
        for finding in outcome.findings { print("  \(finding.description)") }
    }
}

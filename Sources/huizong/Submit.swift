import ArgumentParser
import Foundation
import HuizongCore

/// `huizong submit FILE...`: uploads submissions and prints what is wrong, line by line.
struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Upload submission files; print accepted / accepted with warnings / rejected and every finding.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "CSV or XLSX files, one unit and year each, or directories of them.") var arguments: [String]
    @Option(help: "The unit the files are for (their meta rows must agree).") var unit: String?
    @Option(help: "The fiscal year the files are for (their meta rows must agree).") var year: Int?
    @OptionGroup var output: FindingOutput

    func run() throws {
        let files: [String]
        do {
            files = try SubmitFiles.expand(arguments)
        } catch let error as HuizongError {
            throw CommandContext.exit(for: error)
        }
        let allAccepted = try CommandContext.run(options) { context in
            let rules = try Rule.load(directory: "sql/rules", files: context.files)
            let store = SubmissionStore(connection: context.connection, rules: rules, logger: context.logger)
            // a second connection copies a batch's lines while the first checks the batch before
            let second =
                files.count > 1
                ? try DatabaseTarget.resolve(option: options.database).connect(
                    files: context.files, logger: context.logger, migrate: false) : nil
            defer { second?.close() }
            let overlapping = second.map { SubmissionStore(connection: $0, rules: rules, logger: context.logger) }
            var allAccepted = true
            var progress = SubmitProgress(total: files.count)
            var printed = 0
            if output.format == .json { print("[") }
            try BatchIntake(store: store, overlapping: overlapping).submit(
                files: files, expectedUnit: unit, expectedYear: year
            ) { outcome in
                printed += 1
                progress.clear()
                if output.format == .json {
                    print(Self.json(outcome, output: output) + (printed < files.count ? "," : ""))
                } else {
                    Self.report(outcome, output: output)
                }
                progress.fileDone(records: outcome.records)
                allAccepted = allAccepted && outcome.status != .rejected
            }
            if output.format == .json { print("]") }
            return allAccepted
        }
        if !allAccepted { throw ExitCode(1) }
    }

    static func report(_ outcome: SubmissionStore.Outcome, output: FindingOutput) {
        var what = [outcome.unitCode, outcome.fiscalYear.map(String.init), outcome.version.map { "version \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        if what.isEmpty { what = "upload \(outcome.uploadId)" }
        print("\(outcome.fileName): \(outcome.status.label) (\(what))")
        for finding in outcome.findings { print("  \(output.line(finding))") }
    }

    /// One file's outcome as a JSON object, its findings as `FindingRecord`s.
    static func json(_ outcome: SubmissionStore.Outcome, output: FindingOutput) -> String {
        let record = SubmitRecord(
            file: outcome.fileName, status: outcome.status.rawValue, unit: outcome.unitCode, year: outcome.fiscalYear,
            version: outcome.version, submission: outcome.submissionId, upload: outcome.uploadId,
            findings: outcome.findings.map { FindingRecord($0, language: output.language) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: (try? encoder.encode(record)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// What `submit --format json` prints for one file.
private struct SubmitRecord: Encodable {
    var file: String
    var status: String
    var unit: String?
    var year: Int?
    var version: Int?
    var submission: Int64
    var upload: Int64
    var findings: [FindingRecord]
}

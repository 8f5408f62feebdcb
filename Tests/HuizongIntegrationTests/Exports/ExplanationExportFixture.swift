import Foundation
import HuizongCore
import Testing

/// Department 401 with one unit, 401002, whose 2022 file has three warnings: its project
/// spent over budget (line 13, actual_over_budget) and two figures moved by more than half
/// against its 2021 file (lines 15 and 16, prior_year_change). Before the run the unit
/// explains two of them — line 13 over two lines, accepted by the office with a comment;
/// line 15 with text a spreadsheet would take for a formula, undecided — and leaves line 16
/// unexplained. Then `huizong run` consolidates, writing the manifest.
final class ExplanationExportFixture {
    static let accepted = "上年结转资金增加，因项目延期。\r\n已补充项目说明"
    static let formula = "=1+1"
    static let comment = "同意, 理由充分"

    let db: TestDatabase
    let submission: Int64
    /// The warnings' ids by line.
    let findings: [Int: String]
    let directory: URL

    init() throws {
        db = try RuleFixture.database(units: ["401002"])
        var priorFile = RuleSubmissionBuilder(year: 2021)
        try priorFile.change(RuleRow.item("balance", "year_end")) { $0.actual = "20000.00" }
        let prior = try RuleFixture.submit(priorFile, to: db)
        try #require(prior.status == .accepted, "\(prior.findings)")
        var file = RuleSubmissionBuilder(year: 2022)
        try file.change(RuleRow.line(econ: "30299")) { $0.actual = "900000.00" }
        try file.change(RuleRow.item("three_public", "vehicle_count")) { $0.actual = "4" }
        try file.change(RuleRow.item("procurement", "total")) { $0.actual = "450000.01" }
        let outcome = try RuleFixture.submit(file, to: db)
        try #require(outcome.status == .acceptedWithWarnings, "\(outcome.findings)")
        submission = outcome.submissionId
        var findings: [Int: String] = [:]
        for finding in outcome.findings where finding.severity == .warning {
            findings[try #require(finding.line)] = finding.id
        }
        try #require(findings.keys.sorted() == [13, 15, 16], "\(outcome.findings)")
        self.findings = findings
        directory = try HuizongBinary.temporaryDirectory()
        let accounts = AccountStore(connection: db.connection)
        try accounts.add(name: "a401002", role: .accountant, unit: "401002", password: "password-a")
        try accounts.add(name: "office401", role: .office, unit: "401", password: "password-o")
        try explain(line: 13, Self.accepted)
        try explanations.decide(
            submission: submission, finding: findings[13]!, verdict: .accepted, comment: Self.comment,
            actor: "office401")
        try explain(line: 15, Self.formula)
        try run()
    }

    var explanations: ExplanationStore { ExplanationStore(connection: db.connection) }

    /// The unit's accountant explains the warning on `line`.
    func explain(line: Int, _ text: String) throws {
        try explanations.explain(
            submission: submission, finding: try #require(findings[line]), text: text, actor: "a401002")
    }

    /// `huizong run --unit 401 --year 2022`.
    func run() throws {
        let result = try HuizongBinary.run(["run", "--unit", "401", "--year", "2022"], database: db)
        try #require(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// `huizong export explanations … -o FILE` into the fixture's directory; the file's URL.
    @discardableResult
    func export(_ format: String, name: String? = nil, _ extra: [String] = []) throws -> URL {
        let url = directory.appendingPathComponent(name ?? "explanations.\(format)")
        let result = try HuizongBinary.run(
            ["export", "explanations", "--unit", "401", "--year", "2022", "--format", format, "-o", url.path] + extra,
            database: db)
        try #require(result.status == 0, "\(result.stderr)")
        return url
    }

    /// The SHA-256 of a file, as PostgreSQL computes the manifest's.
    func sha256(_ url: URL) throws -> String? {
        try db.scalar("select encode(sha256($1), 'hex')", [.bytes(Array(try Data(contentsOf: url)))])
    }
}

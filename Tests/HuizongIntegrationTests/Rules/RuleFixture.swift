import Foundation
import HuizongCore
import Postgres
import Testing

/// What the rule tests share: a database with the reference department registered, the
/// upload of a built file, and findings put in one order for comparing.
enum RuleFixture {
    static let department = (code: "401", name: "益阳市工业和信息化局")
    static let unitNames = [
        "401002": "益阳市无线电监测站",
        "401003": "益阳市墙体材料革新和散装水泥办公室",
        "401004": "益阳市工信局离退休干部管理服务中心",
    ]
    static let fileName = "rule-fixture.csv"

    /// A fresh, migrated database of its own with department 401 and `units` under it.
    static func database(units: [String] = ["401002", "401003", "401004"]) throws -> TestDatabase {
        let db = try TestDatabase()
        try db.register(
            root: (department.code, department.name),
            units: units.map { (code: $0, name: unitNames[$0] ?? $0, parent: nil) })
        return db
    }

    /// Uploads the built file for its own unit and year unless `unit`/`year` say otherwise.
    @discardableResult
    static func submit(
        _ file: RuleSubmissionBuilder, to db: TestDatabase, unit: String? = nil, year: Int? = nil
    ) throws -> SubmissionStore.Outcome {
        try db.submit(file.csv, fileName: fileName, unit: unit ?? file.unit, year: year ?? file.year)
    }

    /// A finding about the fixture file.
    static func finding(
        _ rule: String, _ severity: Severity, line: Int?, column: String?, expected: String, found: String
    ) -> Finding.Text {
        Finding.Text(
            file: fileName, line: line, column: column, rule: rule, severity: severity, expected: expected,
            found: found)
    }

    /// Findings in one fixed order (line, rule, column, texts), so that rows a rule returns in
    /// no particular order compare equal.
    static func ordered(_ findings: [Finding.Text]) -> [Finding.Text] {
        findings.sorted {
            ($0.line ?? 0, $0.rule, $0.column ?? "", $0.expected, $0.found)
                < ($1.line ?? 0, $1.rule, $1.column ?? "", $1.expected, $1.found)
        }
    }

    /// The findings of one rule, in the fixed order.
    static func findings(of rule: String, in outcome: SubmissionStore.Outcome) -> [Finding.Text] {
        ordered(outcome.findings.map(\.text).filter { $0.rule == rule })
    }

    /// A clean fixture: accepted outright, and `rule` in no finding.
    static func expectClean(
        _ outcome: SubmissionStore.Outcome, rule: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(outcome.status == .accepted, "\(outcome.findings)", sourceLocation: sourceLocation)
        #expect(!outcome.findings.contains { $0.code == rule }, sourceLocation: sourceLocation)
        #expect(outcome.findings.isEmpty, sourceLocation: sourceLocation)
    }

    /// A violating fixture: `rule` found exactly `expected`, nothing else was found but `others`,
    /// and the file ended `status`.
    static func expectViolation(
        _ outcome: SubmissionStore.Outcome, rule: String, status: SubmissionStatus, _ expected: [Finding.Text],
        others: [Finding.Text] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(findings(of: rule, in: outcome) == ordered(expected), sourceLocation: sourceLocation)
        #expect(
            ordered(outcome.findings.map(\.text).filter { $0.rule != rule }) == ordered(others),
            sourceLocation: sourceLocation)
        #expect(outcome.status == status, sourceLocation: sourceLocation)
    }
}

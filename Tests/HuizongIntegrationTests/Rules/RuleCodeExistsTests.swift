import Foundation
import HuizongCore
import Testing

/// econ_code_exists: an expenditure line's economic code (款) is in the edition in force.
@Suite struct RuleEconCodeExistsTests {
    static let rule = "econ_code_exists"

    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(.basic(func: "2080505", econ: "30108", initial: "1000", final: "1000.00", actual: "1000.00"))
        file.append(.basic(func: "2150508", econ: "30199", initial: "0", final: "50.00", actual: "50.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        // 30100 is in no table; 21505 is a functional 款, not an economic one.
        let unknown = file.append(.basic(func: "2150508", econ: "30100", initial: "", final: "10.00", actual: "10.00"))
        let functional = file.append(
            .basic(func: "2150508", econ: "21505", initial: "", final: "20.00", actual: "20.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        let expected = "an economic classification code (款) of fiscal year 2022"
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: unknown, column: "econ_code", expected: expected, found: "30100"),
                RuleFixture.finding(
                    Self.rule, .error, line: functional, column: "econ_code", expected: expected, found: "21505"),
            ])
        #expect(unknown == 17 && functional == 18)
    }

    /// A year is checked against the newest edition loaded for a year at or before it.
    @Test func editionOfTheYear() throws {
        let db = try RuleFixture.database()
        let shipped = try String(
            contentsOf: TestDatabase.files.url("sql/reference/economic-classification.csv"), encoding: .utf8)
        let without30199 = shipped.split(separator: "\n").filter { !$0.hasPrefix("30199,") }.joined(separator: "\n")
        try ReferenceLoader(connection: db.connection).load(
            kind: .econ, year: 2023, csv: Data((without30199 + "\n").utf8), source: "test edition 2023")
        func file(_ year: Int) -> RuleSubmissionBuilder {
            var file = RuleSubmissionBuilder(year: year)
            file.append(.basic(func: "2150508", econ: "30199", initial: "", final: "10.00", actual: "10.00"))
            return file
        }
        RuleFixture.expectClean(try RuleFixture.submit(file(2022), to: db), rule: Self.rule)
        for year in [2023, 2024] {
            let outcome = try RuleFixture.submit(file(year), to: db)
            RuleFixture.expectViolation(
                outcome, rule: Self.rule, status: .rejected,
                [
                    RuleFixture.finding(
                        Self.rule, .error, line: 17, column: "econ_code",
                        expected: "an economic classification code (款) of fiscal year \(year)", found: "30199")
                ])
        }
    }
}

/// func_code_exists: an expenditure line's functional code (项) is in the edition in force.
@Suite struct RuleFuncCodeExistsTests {
    static let rule = "func_code_exists"

    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(.basic(func: "2150599", econ: "30201", initial: "0", final: "300.00", actual: "300.00"))
        file.append(.basic(func: "2159999", econ: "30201", initial: "0", final: "200.00", actual: "200.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        let unknown = file.append(.basic(func: "2150500", econ: "30201", initial: "", final: "10.00", actual: "10.00"))
        try file.change(RuleRow.line(econ: "30299")) { $0.funcCode = "2159998" }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        let expected = "a functional classification code (项) of fiscal year 2022"
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: 13, column: "func_code", expected: expected, found: "2159998"),
                RuleFixture.finding(
                    Self.rule, .error, line: unknown, column: "func_code", expected: expected, found: "2150500"),
            ])
    }
}

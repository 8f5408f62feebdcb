import Testing

@testable import HuizongCore

@Suite("Submission parser: amounts and counts")
struct IntakeAmountTests {
    @Test(
        "valid amounts become exact fen",
        arguments: [
            ("1234", Int64(123_400)), ("1234.5", 123_450), ("1234.56", 123_456), ("0.08", 8), ("0", 0),
            ("007.10", 710), (" 12 ", 1200), ("\"1,234.56\"", 123_456), ("\"1,234,567\"", 123_456_700),
            ("\"999\"", 99_900), ("9999999999999999.99", 999_999_999_999_999_999),
        ])
    func validAmount(cell: String, fen: Int64) {
        let parsed = IntakeFixture.parse(IntakeFixture.oneRow("income,other,\(cell)"))
        #expect(parsed.report.findings.map(\.text) == [])
        #expect(parsed.lines.first?.actual == Fen(fen))
    }

    @Test(
        "invalid amounts are errors naming line, column and the cell as written",
        arguments: [
            "1234.567", "-5", "+5", "1e5", "12a", "abc", "１２３", ".5", "5.", "1 234", "1.2.3",
            "12345678901234567",
            "\"12,34\"", "\"1234,567\"", "\",123\"", "\"123,\"", "\"1,,234\"", "\"1,234.5,6\"", "\"-1\"",
            "¥12",
        ])
    func invalidAmount(cell: String) {
        let parsed = IntakeFixture.parse(IntakeFixture.oneRow("income,other,\(cell)"))
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "amount", line: 2, column: "actual", expected: IntakeFixture.amountExpected, found: cell)
            ])
        #expect(parsed.lines == [])
    }

    @Test("an unquoted thousands separator splits the field: a field-count error")
    func unquotedThousands() {
        let parsed = IntakeFixture.parse(IntakeFixture.oneRow("income,other,1,234.56"))
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "csv_syntax", line: 2, column: nil, expected: "3 fields", found: "4 fields")
            ])
    }

    @Test("every amount column is checked, each problem reported")
    func everyAmountColumn() {
        let text =
            "section,item,budget_initial,budget_final,actual\nthree_public,reception,1.001,x,-1\n"
        let expected = IntakeFixture.amountExpected
        #expect(
            IntakeFixture.parse(text).report.findings.map(\.text) == [
                IntakeFixture.error(
                    "amount", line: 2, column: "budget_initial", expected: expected, found: "1.001"),
                IntakeFixture.error(
                    "amount", line: 2, column: "budget_final", expected: expected, found: "x"),
                IntakeFixture.error("amount", line: 2, column: "actual", expected: expected, found: "-1"),
            ])
    }

    @Test(
        "counts are whole and stored as count × 100 fen",
        arguments: [
            ("staffing,authorized,17", Int64(1700)), ("staffing,excluded,0", 0),
            ("three_public,vehicle_count,2", 200), ("staffing,in_service,999999999", 99_999_999_900),
        ])
    func validCount(row: String, fen: Int64) {
        let parsed = IntakeFixture.parse(IntakeFixture.oneRow(row))
        #expect(parsed.report.findings.map(\.text) == [])
        #expect(parsed.lines.first?.actual == Fen(fen))
    }

    @Test(
        "a count that is not whole is a count error",
        arguments: [
            ("staffing,authorized,17.5", "17.5"), ("staffing,in_service,-1", "-1"),
            ("staffing,excluded,\"1,000\"", "\"1,000\""), ("three_public,vehicle_count,2.00", "2.00"),
            ("staffing,authorized,1234567890", "1234567890"), ("人员,编制数,１７", "１７"),
        ])
    func invalidCount(row: String, found: String) {
        let parsed = IntakeFixture.parse(IntakeFixture.oneRow(row))
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "count", line: 2, column: "actual", expected: IntakeFixture.countExpected, found: found)
            ])
    }

    @Test("three_public amounts other than vehicle_count keep decimals")
    func threePublicAmount() {
        let parsed = IntakeFixture.parse(IntakeFixture.oneRow("three_public,overseas,2.50"))
        #expect(parsed.lines.first?.actual == Fen(250))
    }
}

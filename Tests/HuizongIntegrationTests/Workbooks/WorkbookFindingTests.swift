import Foundation
import HuizongCore
import Testing
import XLSX

/// A workbook's findings name cells: the same checks as CSV, located as 填报!J12.
@Suite("workbook findings") struct WorkbookFindingTests {
    static let fileName = "401002-2022.xlsx"

    /// The rule fixture's valid file as a workbook sheet with Chinese headers, each row one
    /// sheet row (header row 1), with `edit` applied to the sheet last.
    private func workbook(
        _ file: RuleSubmissionBuilder = RuleSubmissionBuilder(), sheetName: String = "填报",
        edit: (inout Worksheet) -> Void = { _ in }
    ) throws -> [UInt8] {
        var sheet = Worksheet(name: sheetName)
        let csv = file.csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for (index, line) in csv.enumerated() {
            for (column, cell) in line.split(separator: ",", omittingEmptySubsequences: false).enumerated()
            where !cell.isEmpty {
                let text = String(cell)
                let isFigure = index > 0 && (7...9).contains(column)
                sheet.set(CellReference(row: index + 1, column: column + 1), isFigure ? .number(text) : .text(text))
            }
        }
        edit(&sheet)
        return try Workbook(sheets: [Worksheet(name: "说明"), sheet]).bytes()
    }

    private func submit(_ bytes: [UInt8], to db: TestDatabase) throws -> SubmissionStore.Outcome {
        try db.store().submit(fileName: Self.fileName, data: bytes, expectedUnit: "401002", expectedYear: 2022)
    }

    private func finding(
        _ rule: String, line: Int?, column: String?, cell: String?, expected: String, found: String,
        severity: Severity = .error
    ) -> Finding.Text {
        Finding.Text(
            file: Self.fileName, line: line, column: column, rule: rule, severity: severity, expected: expected,
            found: found, cell: cell)
    }

    @Test("the fixture's workbook is accepted, read from sheet 填报 though it is not the first")
    func accepted() throws {
        let db = try RuleFixture.database()
        let outcome = try submit(try workbook(), to: db)
        #expect(outcome.status == .accepted, "\(outcome.findings)")
        #expect(try db.scalar("select count(*) from intake.line where submission_id = \(outcome.submissionId)") == "15")
        #expect(try db.scalar("select sheet from intake.submission where id = \(outcome.submissionId)") == "填报")
    }

    @Test("a bad amount and a cell right of the header, each at its cell")
    func cellFindings() throws {
        let db = try RuleFixture.database()
        let bytes = try workbook { sheet in
            sheet.set(CellReference("J11")!, .text("62万"))
            sheet.set(CellReference("L12")!, .text("备注"))
        }
        let outcome = try submit(bytes, to: db)
        #expect(outcome.status == .rejected)
        #expect(
            outcome.findings.map(\.text) == [
                finding(
                    "amount", line: 11, column: "actual", cell: "填报!J11",
                    expected: "a yuan amount with at most two decimals, e.g. 1234.56", found: "62万"),
                finding(
                    "xlsx_cell", line: 12, column: nil, cell: "填报!L12",
                    expected: "an empty cell (no column header above it)", found: "备注"),
            ])
        #expect(
            outcome.findings[0].description
                == "error: 401002-2022.xlsx: 填报!J11: column actual: [amount] expected a yuan amount with at most two decimals, e.g. 1234.56, found 62万"
        )
    }

    @Test("a formula saved without its result, and an error value, are findings at their cells")
    func formulas() throws {
        let db = try RuleFixture.database()
        let url = try HuizongBinary.temporaryDirectory().appendingPathComponent("formulas.xlsx")
        try WorkbookFixture.write(
            to: url,
            sheet: WorkbookFixture.sheetXML(
                WorkbookFixture.row(1, ["表", "项目", "决算数"])
                    + #"<row r="2"><c r="A2" t="inlineStr"><is><t>收入</t></is></c><c r="B2" t="inlineStr"><is><t>其他收入</t></is></c><c r="C2"><f>SUM(D2:D9)</f></c></row>"#
                    + #"<row r="3"><c r="A3" t="inlineStr"><is><t>收入</t></is></c><c r="B3" t="inlineStr"><is><t>事业收入</t></is></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>"#
                    + #"<row r="4"><c r="A4" t="inlineStr"><is><t>收入</t></is></c><c r="B4" t="inlineStr"><is><t>经营收入</t></is></c><c r="C4"><f>2*3</f><v>6</v></c></row>"#
            ))
        let outcome = try db.store().submit(
            fileName: Self.fileName, data: Array(try Data(contentsOf: url)), expectedUnit: nil, expectedYear: nil)
        let expected =
            "a value (a formula counts only by its saved result: open and save the file in Excel or WPS, or paste values)"
        #expect(
            outcome.findings.map(\.text).filter { $0.rule == "xlsx_cell" } == [
                finding(
                    "xlsx_cell", line: 2, column: nil, cell: "填报!C2", expected: expected,
                    found: "the formula =SUM(D2:D9) saved without its result"),
                finding(
                    "xlsx_cell", line: 3, column: nil, cell: "填报!C3", expected: expected,
                    found: "the error value #DIV/0! of =1/0"),
            ])
        #expect(
            try db.scalar(
                "select actual::text from intake.line where submission_id = \(outcome.submissionId) and item = 'operating'"
            )
                == "6.00", "a formula with its saved result counts by that result")
    }

    @Test("a SQL rule's finding names its cell, at intake and in the run's findings")
    func ruleFindingCells() throws {
        let db = try RuleFixture.database(units: ["401002"])
        var file = RuleSubmissionBuilder()
        try file.change(RuleSubmissionBuilder.Row.line(econ: "30101")) { $0.actual = "630000.00" }
        let outcome = try submit(try workbook(file), to: db)
        let warning = try #require(outcome.findings.first { $0.code == "actual_over_budget" })
        #expect(warning.cell == "填报!J11")
        #expect(try db.scalar("select cell from intake.finding where code = 'actual_over_budget'") == "填报!J11")
        let result = try HuizongBinary.run(["run", "--unit", "401", "--year", "2022"], database: db)
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try HuizongBinary.run(["findings", "--unit", "401", "--year", "2022"], database: db)
        #expect(
            findings.stdout.contains(
                "warning: 401002-2022.xlsx: 填报!J11: column actual: [actual_over_budget] expected at most budget_final 620000.00, found 630000.00"
            ), "\(findings.stdout)")
    }
}

import Foundation
import HuizongCore
import Testing
import XLSX

/// Text from users (project names, unit names) that a spreadsheet would take for a formula
/// is exported so that it stays text: CSV prefixes an apostrophe, XLSX stores a string.
@Suite("formula injection") struct FormulaInjectionTests {
    static let projects = ["=1+1", "+2", "-3", "@SUM(A1)"]
    static let unitName = "=cmd|' /C calc'!A0"

    /// A run of one unit with a hostile name whose four special projects have hostile names.
    private func department() throws -> (TestDatabase, URL) {
        let db = try TestDatabase()
        try db.register(root: ("401", "益阳市工业和信息化局"), units: [(code: "401002", name: Self.unitName, parent: nil)])
        var file = RuleSubmissionBuilder()
        try file.remove(RuleSubmissionBuilder.Row.line(econ: "30299"))
        for name in Self.projects {
            file.append(
                .project(
                    name, type: "special", func: "2150508", econ: "30299", initial: "0", final: "218750.00",
                    actual: "218750.00"))
        }
        let outcome = try RuleFixture.submit(file, to: db)
        try #require(outcome.status != .rejected, "\(outcome.findings)")
        let run = try HuizongBinary.run(["run", "--unit", "401", "--year", "2022"], database: db)
        try #require(run.status == 0, "\(run.stderr)")
        return (db, try HuizongBinary.temporaryDirectory())
    }

    private func export(_ arguments: [String], _ db: TestDatabase, to url: URL) throws {
        let result = try HuizongBinary.run(
            ["export"] + arguments + ["--unit", "401", "--year", "2022", "-o", url.path], database: db)
        try #require(result.status == 0, "\(result.stderr)")
    }

    @Test("CSV: each such text starts with an apostrophe")
    func csv() throws {
        let (db, directory) = try department()
        let baseData = directory.appendingPathComponent("base-data.csv")
        try export(["base-data", "--format", "csv"], db, to: baseData)
        let text = try String(contentsOf: baseData, encoding: .utf8)
        for name in Self.projects { #expect(text.contains("\r\n'\(name),,21.88,21.88\r\n"), "\(name)") }
        let units = directory.appendingPathComponent("units.csv")
        try export(["totals", "--by", "unit", "--format", "csv"], db, to: units)
        #expect(try String(contentsOf: units, encoding: .utf8).contains("401002,'\(Self.unitName),"))
    }

    @Test("XLSX: each such text is a string cell, never a formula, and LibreOffice shows it as typed")
    func xlsx() throws {
        let (db, directory) = try department()
        let baseData = directory.appendingPathComponent("base-data.xlsx")
        try export(["base-data", "--format", "xlsx"], db, to: baseData)
        let totals = directory.appendingPathComponent("totals.xlsx")
        try export(["totals", "--by", "unit", "--format", "xlsx"], db, to: totals)
        let sheet = try WorkbookSheet(baseData)
        for name in Self.projects {
            let row = try #require(sheet.row(labelled: name), "\(name) is a text cell")
            #expect(sheet.cells["A\(row)"]?.formula == nil)
        }
        let units = try WorkbookSheet(totals, sheet: "单位")
        #expect(units.text("B3") == Self.unitName && units.cells["B3"]?.formula == nil)
        guard LibreOffice.available else { return }
        let shown = try LibreOffice.sheetsAsCSV([baseData, totals], into: directory.appendingPathComponent("lo"))
        let labels = LibreOffice.records(try #require(shown["base-data-基础数据表.csv"])).map { $0.first ?? "" }
        for name in Self.projects { #expect(labels.contains(name), "LibreOffice shows \(name) as typed") }
        let unitRows = LibreOffice.records(try #require(shown["totals-单位.csv"]))
        #expect(unitRows.contains { $0.count > 1 && $0[1] == Self.unitName })
    }
}

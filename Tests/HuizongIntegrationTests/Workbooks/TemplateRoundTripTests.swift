import Foundation
@testable import HuizongCore
import Testing
import XLSX

/// The Excel path end to end: a unit's template, filled in, submitted, consolidated and
/// exported as workbooks, gives the same tables as the CSV path.
@Suite("workbook round trip") struct TemplateRoundTripTests {
    static let units = ReferenceDepartment.units.map(\.code)

    @Test("template → filled → submitted → consolidated: the exports equal the CSV path's, and read back from xlsx")
    func roundTrip() throws {
        let csvPath = try DemoRun()
        let department = try WorkbookDepartment()
        for unit in Self.units {
            let template = try department.template(unit: unit, year: 2022)
            let filled = department.directory.appendingPathComponent("\(unit)-2022.xlsx")
            try TemplateFiller(template: template).fill(
                with: try department.sampleLines(unit: unit, year: 2022), writingTo: filled)
            let submitted = try department.binary(["submit", filled.path, "--unit", unit, "--year", "2022"])
            #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
            #expect(submitted.stdout.hasPrefix("\(filled.path): accepted"), "\(submitted.stdout)")
        }
        #expect(try department.binary(["run", "--unit", "401", "--year", "2022"]).status == 0)
        for name in ["base-data", "totals-econ", "totals-func", "totals-unit"] {
            let viaCSV = try String(
                contentsOf: csvPath.out.appendingPathComponent("\(name)-2022.json"), encoding: .utf8)
            let viaXLSX = try department.export(name, format: "json")
            #expect(viaXLSX == viaCSV, "\(name): the workbook path's JSON differs from the CSV path's")
        }
        try BaseDataWorkbookCheck(json: csvPath.out.appendingPathComponent("base-data-2022.json"))
            .verify(try department.exportFile("base-data", format: "xlsx"))
        try TotalsWorkbookCheck(directory: csvPath.out).verify(try department.exportFile("totals-econ", format: "xlsx"))
    }

    @Test("the template: 填报 first, meta and last year's lines prefilled without figures, drop-downs, code sheets")
    func templateContents() throws {
        let department = try WorkbookDepartment()
        let url = try department.template(unit: "401002", year: 2022)
        #expect(try WorkbookSheet.names(url) == ["填报", "上年数", "经济分类", "功能分类", "选项"])
        let sheet = try WorkbookSheet(url, sheet: "填报")
        let header = (1...11).map { sheet.text(CellReference(row: 1, column: $0).description) }
        #expect(header == ["表", "项目", "支出类型", "项目名称", "项目类别", "功能分类科目", "经济分类科目", "年初预算数", "全年预算数", "决算数", "说明"])
        #expect(sheet.text("A2") == "基本信息" && sheet.text("B2") == "单位代码" && sheet.text("K2") == "401002")
        #expect(sheet.text("B3") == "年度" && sheet.text("K3") == "2022")
        let prior = try department.sampleLines(unit: "401002", year: 2021).filter { $0.section == .expenditure }
        let expenditureRows = sheet.rows.filter { sheet.text("A\($0)") == "支出" }
        #expect(expenditureRows.count == prior.count)
        for row in expenditureRows {
            #expect(sheet.cells["I\(row)"] == nil && sheet.cells["J\(row)"] == nil, "row \(row) carries no figures")
        }
        let priorSheet = try WorkbookSheet(url, sheet: "上年数")
        let priorFigures = priorSheet.rows.filter { priorSheet.text("A\($0)") == "支出" }.compactMap {
            priorSheet.number("J\($0)")
        }
        #expect(priorFigures == prior.map { $0.actual!.description })
        let econ = try WorkbookSheet(url, sheet: "经济分类")
        #expect(econ.text("A2") == "30101")
    }
}

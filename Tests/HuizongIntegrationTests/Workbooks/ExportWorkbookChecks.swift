import Foundation
import Testing
import XLSX

/// Reads an exported 基础数据表.xlsx back and compares every figure with the JSON export.
struct BaseDataWorkbookCheck {
    let json: [String: Any]

    init(json url: URL) throws {
        json = try JSONFile.object(url)
    }

    func verify(_ workbook: URL) throws {
        let sheet = try WorkbookSheet(workbook)
        #expect(sheet.name == "基础数据表")
        #expect(sheet.text("A1") == "益阳市工业和信息化局2022年度部门整体支出绩效评价基础数据表")
        let rows = try #require(json["rows"] as? [[String: Any]])
        for entry in rows {
            let label = try #require(entry["label"] as? String)
            let row = try #require(sheet.row(labelled: label), "no row labelled \(label)")
            #expect(sheet.number("B\(row)") == entry["prior_actual"] as? String, "\(label) prior")
            #expect(sheet.number("D\(row)") == entry["budget_final"] as? String, "\(label) budget")
            #expect(sheet.number("F\(row)") == entry["actual"] as? String, "\(label) actual")
        }
        let staffing = try #require(json["staffing"] as? [String: Any])
        let heading = try #require(sheet.row(labelled: "财政供养人员情况（人）"))
        #expect(sheet.text("B\(heading)") == "编制数" && sheet.text("F\(heading)") == "控制率")
        #expect(sheet.number("B\(heading + 1)") == String(try #require(staffing["authorized"] as? Int)))
        #expect(sheet.text("D\(heading + 1)") == "107（含不计入控制率人员16人）")
        #expect(sheet.number("F\(heading + 1)") == "0.9785")
        let savings = try #require(sheet.row(labelled: "厉行节约保障措施"))
        let footer = try #require(json["footer"] as? [String: Any])
        #expect(sheet.text("B\(savings)") == footer["savings_measures"] as? String)
        #expect(sheet.text("A\(savings + 2)") == "填表人：匡雯　　填报日期：2023.3.20　　联系电话：13107191333")
        #expect(sheet.text("A\(savings + 3)") == "单位负责人签字：")
    }
}

/// Reads an exported totals workbook back: one sheet per classification, each equal to the
/// JSON export of that classification.
struct TotalsWorkbookCheck {
    let directory: URL

    func verify(_ workbook: URL) throws {
        #expect(try WorkbookSheet.names(workbook) == ["经济分类", "功能分类", "单位"])
        for (sheetName, by) in [("经济分类", "econ"), ("功能分类", "func"), ("单位", "unit")] {
            let sheet = try WorkbookSheet(workbook, sheet: sheetName)
            let json = try JSONFile.object(directory.appendingPathComponent("totals-\(by)-2022.json"))
            let rows = try #require(json["rows"] as? [[String: Any]])
            let dataRows = sheet.rows.filter { $0 > 2 }
            #expect(dataRows.count == rows.count, "\(sheetName): one row per code")
            for (row, entry) in zip(dataRows, rows) {
                #expect(sheet.text("A\(row)") == entry["code"] as? String)
                #expect(sheet.text("B\(row)") == entry["name"] as? String)
                #expect(sheet.number("D\(row)") == entry["basic"] as? String, "\(sheetName) \(row) basic")
                #expect(sheet.number("E\(row)") == entry["project"] as? String, "\(sheetName) \(row) project")
                #expect(sheet.number("F\(row)") == entry["total"] as? String, "\(sheetName) \(row) total")
            }
        }
    }
}

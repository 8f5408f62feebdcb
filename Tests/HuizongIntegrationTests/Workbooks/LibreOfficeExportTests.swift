import Foundation
import Testing

/// Every workbook the demo exports, opened by LibreOffice and saved as CSV: the figures it
/// shows are the JSON export's.
@Suite("LibreOffice opens the exports", .enabled(if: LibreOffice.available, "LibreOffice (soffice) is not installed"))
struct LibreOfficeExportTests {
    @Test("base-data and totals workbooks of 2021 and 2022 show the JSON export's figures")
    func exportsAsShown() throws {
        let demo = try DemoRun()
        let workbooks = try FileManager.default.contentsOfDirectory(atPath: demo.out.path)
            .filter { $0.hasSuffix(".xlsx") }.sorted().map { demo.out.appendingPathComponent($0) }
        #expect(
            workbooks.map(\.lastPathComponent) == [
                "base-data-2021.xlsx", "base-data-2022.xlsx", "explanations-2021.xlsx", "explanations-2022.xlsx",
                "totals-2021.xlsx", "totals-2022.xlsx",
            ])
        let sheets = try LibreOffice.sheetsAsCSV(workbooks, into: try HuizongBinary.temporaryDirectory())
        #expect(sheets.count == 10, "one CSV per sheet: \(sheets.keys.sorted())")
        for year in [2021, 2022] {
            let json = try JSONFile.object(demo.out.appendingPathComponent("base-data-\(year).json"))
            try checkBaseData(LibreOffice.records(try #require(sheets["base-data-\(year)-基础数据表.csv"])), json)
            for (sheet, by) in [("经济分类", "econ"), ("功能分类", "func"), ("单位", "unit")] {
                let totals = try JSONFile.object(demo.out.appendingPathComponent("totals-\(by)-\(year).json"))
                try checkTotals(LibreOffice.records(try #require(sheets["totals-\(year)-\(sheet).csv"])), totals)
            }
            let explanations = try JSONFile.object(demo.out.appendingPathComponent("explanations-\(year).json"))
            try checkExplanations(
                LibreOffice.records(try #require(sheets["explanations-\(year)-审核说明.csv"])), explanations)
        }
    }

    /// Each row: label, then the three figures in the first cell of each merged pair.
    private func checkBaseData(_ records: [[String]], _ json: [String: Any]) throws {
        let rows = try #require(json["rows"] as? [[String: Any]])
        for entry in rows {
            let label = try #require(entry["label"] as? String)
            let record = try #require(records.first { $0.first == label }, "no row \(label)")
            let shown = [record[1], record[3], record[5]]
            let expected = ["prior_actual", "budget_final", "actual"].map { entry[$0] as? String ?? "" }
            #expect(shown == expected, "\(label)")
        }
        let staffing = try #require(json["staffing"] as? [String: Any])
        let heading = try #require(records.firstIndex { $0.first == "财政供养人员情况（人）" })
        #expect(records[heading + 1][1] == "\(try #require(staffing["authorized"] as? Int))")
        #expect(records[heading + 1][5] == "\(try #require(staffing["control_rate"] as? String))%")
    }

    /// Title, heading, then one record per JSON row: unit, id, message and state as in the JSON.
    private func checkExplanations(_ records: [[String]], _ json: [String: Any]) throws {
        let rows = try #require(json["rows"] as? [[String: Any]])
        let data = Array(records.dropFirst(2))
        #expect(data.count == rows.count)
        for (record, entry) in zip(data, rows) {
            let expected = [0: "unit", 6: "id", 7: "message", 12: "state"].mapValues { entry[$0] as? String ?? "" }
            #expect(expected.allSatisfy { record.count > $0.key && record[$0.key] == $0.value }, "\(record)")
        }
    }

    /// Title, heading, then one record per JSON row: code, name, level, basic, project, total.
    private func checkTotals(_ records: [[String]], _ json: [String: Any]) throws {
        let rows = try #require(json["rows"] as? [[String: Any]])
        let data = Array(records.dropFirst(2))
        #expect(data.count == rows.count)
        for (record, entry) in zip(data, rows) {
            let expected = ["code", "name", "level", "basic", "project", "total"].map { key in
                (entry[key] as? String) ?? (entry[key] as? Int).map(String.init) ?? ""
            }
            #expect(Array(record.prefix(6)) == expected)
        }
    }
}

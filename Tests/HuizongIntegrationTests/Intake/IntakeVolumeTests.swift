import Foundation
import HuizongCore
import Testing

/// Intake at volume and at the edges of NUMERIC(18,2).
@Suite("intake volume and amounts") struct IntakeVolumeTests {
    @Test("a submission of 100 000 expenditure lines streams through COPY and is accepted")
    func hundredThousandLines() throws {
        let db = try TestDatabase()
        try db.register(root: ("D", "局"), units: [("U", "单位", nil)])
        var rows = [
            "section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text",
            "meta,unit_code,,,,,,,,,U", "meta,fiscal_year,,,,,,,,,2022", "balance,year_end,,,,,,,,0,",
        ]
        var total: Int64 = 0
        for index in 0..<100_000 {
            let fen = Int64(index % 9_973) * 101 + 1
            total += fen
            rows.append("expenditure,,project,项目\(index),special,2150501,30201,0,\(Fen(fen)),\(Fen(fen)),")
        }
        rows.insert("income,appropriation,,,,,,,,\(Fen(total)),", at: 3)
        let outcome = try db.submit(rows.joined(separator: "\n"), fileName: "big.csv")
        #expect(outcome.status == .accepted, "\(outcome.findings.prefix(3))")
        #expect(try db.scalar("select count(*) from intake.line where section = 'expenditure'") == "100000")
        #expect(
            try db.scalar("select sum(actual)::text from intake.line where section = 'expenditure'")
                == Fen(total).description)
    }

    @Test("NUMERIC round trips: 0.08, 10000, 1.50 and 99999999999999.99 stay exact from file to export")
    func numericRoundTrips() throws {
        let db = try TestDatabase()
        try db.register(root: ("D", "局"), units: [("U", "单位", nil)])
        let amounts = ["0.08", "10000", "1.50", "99999999999999.99"]
        let codes = ["30201", "30202", "30203", "30205"]
        var rows = [
            "section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text",
            "meta,unit_code,,,,,,,,,U", "meta,fiscal_year,,,,,,,,,2022",
            "income,appropriation,,,,,,,,\"100,000,000,010,001.57\",", "balance,year_end,,,,,,,,0,",
        ]
        for (amount, code) in zip(amounts, codes) {
            rows.append("expenditure,,basic,,,2150501,\(code),0,\(amount),\(amount),")
        }
        let outcome = try db.submit(rows.joined(separator: "\n") + "\n")
        #expect(outcome.status == .accepted, "\(outcome.findings)")
        #expect(try db.run(node: "D", year: 2022).succeeded)
        let export = try HuizongBinary.run(
            ["export", "totals", "--unit", "D", "--year", "2022", "--by", "econ"], database: db)
        let byCode = try JSONFile.rows(JSONFile.object(export.stdout), by: "code")
        #expect(byCode["30201"]?["total_yuan"] as? String == "0.08")
        #expect(byCode["30201"]?["total"] as? String == "0.00")
        #expect(byCode["30202"]?["total_yuan"] as? String == "10000.00")
        #expect(byCode["30202"]?["total"] as? String == "1.00")
        #expect(byCode["30203"]?["total_yuan"] as? String == "1.50")
        #expect(byCode["30205"]?["total_yuan"] as? String == "99999999999999.99")
        #expect(byCode["30205"]?["total"] as? String == "10000000000.00")
        #expect(byCode["302"]?["total_yuan"] as? String == "100000000010001.57")
    }
}

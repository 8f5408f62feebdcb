import Foundation
import Testing

/// `huizong explain-figure` through the real binary on the reference department.
@Suite("explain-figure command") struct ExplainFigureCommandTests {
    @Test("text: the figure, each unit's share, then its lines; json: the same, adding up")
    func textAndJSON() throws {
        let demo = try DemoRun()
        let text = try HuizongBinary.run(
            ["explain-figure", "--unit", "401", "--year", "2022", "basic.by_econ.302"], database: demo.database)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("basic.by_econ.302 商品和服务支出 — 401 益阳市工业和信息化局, 2022, run ") == true)
        #expect(
            lines.dropFirst().first
                == "figure: 318.19 万元 (3181860.00 yuan); 4 unit(s) add to 318.19 万元 (3181860.00 yuan)")
        #expect(lines.contains("401001 局本级: 178.00 万元 (1780000.00 yuan), 18 line(s)"))
        #expect(lines.contains("401004 市工信局离退休干部管理服务中心: 50.19 万元 (501860.00 yuan), 12 line(s)"))
        #expect(
            lines.contains(
                "  samples/reference-department/401001-2022.csv:32  expenditure basic func 2150501 econ 30201  actual 164509.84"
            ))
        #expect(lines.count == 2 + 4 + 18 + 14 + 13 + 12)

        let json = try HuizongBinary.run(
            ["explain-figure", "--unit", "401", "--year", "2022", "--format", "json", "basic.by_econ.302"],
            database: demo.database)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try JSONFile.object(json.stdout)
        #expect(object["figure"] as? String == "318.19")
        #expect(object["figure_yuan"] as? String == "3181860.00")
        #expect(object["balanced"] as? Bool == true)
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.map { $0["code"] as? String } == ["401001", "401002", "401003", "401004"])
        var total: Int64 = 0
        for unit in units {
            let share = FigureProvenanceTests.fen(try #require(unit["amount_yuan"] as? String))
            let lines = try #require(unit["lines"] as? [[String: Any]])
            #expect(lines.count == unit["line_count"] as? Int)
            #expect(lines.map { FigureProvenanceTests.fen($0["amount_yuan"] as! String) }.reduce(0, +) == share)
            total += share
        }
        #expect(total == 318_186_000)

        let count = try HuizongBinary.run(
            ["explain-figure", "--unit", "401", "--year", "2022", "--format", "json", "staffing.actual"],
            database: demo.database)
        let staffing = try JSONFile.object(count.stdout)
        #expect(staffing["figure"] as? Int == 107)
        #expect((staffing["units"] as? [[String: Any]])?.compactMap { $0["amount"] as? Int } == [59, 17, 11, 20])
    }

    @Test("a rate: its formula, each term as published, recomputed to the report's value for every rate")
    func rates() throws {
        let demo = try DemoRun()
        let text = try HuizongBinary.run(
            ["explain-figure", "--unit", "401", "--year", "2022", "cost_indicators.staff_control_rate"],
            database: demo.database)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stdout.split(separator: "\n").dropFirst().map(String.init) == [
                "rate: 97.85% = (staffing.actual − staffing.excluded) × 100 ÷ staffing.authorized",
                "  staffing.actual: 107", "  staffing.excluded: 16", "  staffing.authorized: 93",
                "recomputed: 97.85%",
                "each term's units and lines: huizong explain-figure --unit 401 --year 2022 KEY",
            ])
        let report = try JSONFile.object(demo.out.appendingPathComponent("report-401-2022.json"))
        let costs = try #require(report["cost_indicators"] as? [[String: Any]])
        var expected: [String: String] = [:]
        for cost in costs { expected["cost_indicators.\(cost["key"] as! String)"] = cost["value"] as? String }
        let staffing = try #require(report["staffing"] as? [String: Any])
        let expenditure = try #require(report["expenditure"] as? [String: Any])
        let funds = try #require(report["funds"] as? [String: Any])
        expected["staffing.control_rate"] = staffing["control_rate"] as? String
        expected["expenditure.basic_share"] = expenditure["basic_share"] as? String
        expected["expenditure.project_share"] = expenditure["project_share"] as? String
        expected["funds.execution_rate"] = funds["execution_rate"] as? String
        #expect(expected.count == 8 && expected["cost_indicators.public_funds_control_rate"] == "100.00")
        for (key, value) in expected {
            let json = try HuizongBinary.run(
                ["explain-figure", "--unit", "401", "--year", "2022", "--format", "json", key], database: demo.database)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try JSONFile.object(json.stdout)
            #expect(object["rate"] as? String == value, "\(key)")
            #expect(object["recomputed"] as? String == value, "\(key)")
            #expect(object["balanced"] as? Bool == true, "\(key)")
        }
        let publicFunds = try HuizongBinary.run(
            [
                "explain-figure", "--unit", "401", "--year", "2022", "--format", "json",
                "cost_indicators.public_funds_control_rate",
            ], database: demo.database)
        let object = try JSONFile.object(publicFunds.stdout)
        let numerator = try #require(object["numerator"] as? [[String: Any]])
        #expect(numerator.first?["key"] as? String == "basic.public_funds")
        #expect(numerator.first?["value"] as? String == "318.19")
        #expect(numerator.first?["value_yuan"] as? String == "3181860.00")
        #expect((object["denominator"] as? [String: Any])?["key"] as? String == "basic.public_funds_final")
    }

    @Test("an unknown key is refused with the key shapes; an unknown run as for the exports")
    func refusals() throws {
        let demo = try DemoRun()
        let unknown = try HuizongBinary.run(
            ["explain-figure", "--unit", "401", "--year", "2022", "basic.by_kind.302"], database: demo.database)
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(
            unknown.stderr
                == "huizong: unknown figure key basic.by_kind.302; a key is one of: "
                + "income.{general_public|government_fund|business|operating|from_superior|other|carryover|total}, "
                + "expenditure.{total|basic|project}, "
                + "basic.{initial|final|adjustment|actual|public_funds|public_funds_final}, "
                + "project.{initial|final|adjustment|actual}, basic.by_econ.CODE, basic.by_unit.CODE, "
                + "project.by_econ.CODE, project.by_func.CODE, three_public.{budget|actual|saving|vehicle_count}, "
                + "three_public.parts.{budget|actual|saving}.{overseas|reception|vehicles}, "
                + "three_public.{vehicle_purchase|vehicle_operation}.{budget|actual}, "
                + "staffing.{authorized|actual|excluded}, procurement.{budget|actual}, "
                + "funds.{initial|final|actual|basic|project|general_public|government_fund|other}, "
                + "base_data.ROW.{budget_final|actual|prior_actual}, staffing.control_rate, "
                + "expenditure.{basic_share|project_share}, funds.execution_rate, "
                + "cost_indicators.{staff_control_rate|three_public_control_rate|public_funds_control_rate|"
                + "procurement_execution_rate}\n")
        let zh = try HuizongBinary.run(
            ["explain-figure", "--unit", "401", "--year", "2022", "base_data.basic.total"], database: demo.database,
            environment: ["HUIZONG_LANG": "zh"])
        #expect(zh.status == 2)
        #expect(zh.stderr.hasPrefix("huizong: 没有这个数字：base_data.basic.total。可用的形式：income.{"))
        let run = try HuizongBinary.run(
            ["explain-figure", "--unit", "401", "--year", "2022", "--run", "999", "basic.actual"],
            database: demo.database)
        #expect(run.status == 2)
        #expect(run.stderr.contains("999"))
    }
}

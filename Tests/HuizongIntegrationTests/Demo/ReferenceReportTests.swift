import Foundation
import Postgres
import Testing

/// The golden test: the shipped demo submissions through the real binary reproduce every
/// expenditure figure of the reference report (2022 self-evaluation report of 益阳市工业和信息化局).
@Suite("reference report") struct ReferenceReportTests {
    /// Attachment 1: key → (2021 决算, 2022 预算（调整）, 2022 决算), 万元; nil is an empty cell.
    static let attachment1: [(String, String?, String, String)] = [
        ("total", "3304.06", "3708.44", "3708.44"),
        ("basic", "2299.50", "2858.40", "2858.40"),
        ("basic.public_funds", "302.58", "318.19", "318.19"),
        ("project", "1004.56", "850.04", "850.04"),
        ("project.operations", "267.71", "182.72", "182.72"),
        ("project.special", "736.85", "667.32", "667.32"),
        ("project.special:新兴优势产业链工作专项经费", "26.49", "73.87", "73.87"),
        ("project.special:无线电管理经费（中央财政补助资金）", "129.89", "137.74", "137.74"),
        ("project.special:工业企业自愿性清洁生产第三方审核费", nil, "154.81", "154.81"),
        ("project.special:创文基础设施提质改造专项", nil, "200.00", "200.00"),
        ("project.special:税收增量奖补资金", nil, "69.90", "69.90"),
        ("project.special:防疫经费", nil, "31.00", "31.00"),
        ("three_public", "34.13", "29.33", "29.33"),
        ("three_public.vehicles", "26.08", "25.67", "25.67"),
        ("three_public.vehicles.purchase", nil, "0.00", "0.00"),
        ("three_public.vehicles.operation", "26.08", "25.67", "25.67"),
        ("three_public.overseas", "0.00", "0.00", "0.00"),
        ("three_public.reception", "8.05", "3.66", "3.66"),
        ("procurement", "179.11", "118.36", "118.36"),
    ]

    @Test("attachment 1: every row, all three columns, in the spec's order, and staffing")
    func attachmentOne() throws {
        let demo = try DemoRun()
        let table = try JSONFile.object(demo.out.appendingPathComponent("base-data-2022.json"))
        let rows = try #require(table["rows"] as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == Self.attachment1.map { $0.0 })
        for (row, expected) in zip(rows, Self.attachment1) {
            #expect(row["prior_actual"] as? String == expected.1, "\(expected.0) prior")
            #expect(row["budget_final"] as? String == expected.2, "\(expected.0) budget")
            #expect(row["actual"] as? String == expected.3, "\(expected.0) actual")
        }
        let staffing = try #require(table["staffing"] as? [String: Any])
        #expect(staffing["authorized"] as? Int == 93)
        #expect(staffing["in_service"] as? Int == 107)
        #expect(staffing["excluded"] as? Int == 16)
        // The report prints the rate rounded to a whole percent: 98 %.
        #expect(staffing["control_rate"] as? String == "97.85")
        #expect(table["complete"] as? Bool == true)
        #expect((table["missing_units"] as? [String])?.isEmpty == true)
        let footer = try #require(table["footer"] as? [String: Any])
        #expect(footer["preparer"] as? String == "匡雯")
        #expect(footer["filled_on"] as? String == "2023.3.20")
        #expect(footer["phone"] as? String == "13107191333")
        #expect(footer["head"] is NSNull, "the report leaves 单位负责人签字 to be signed by hand")
        #expect((footer["savings_measures"] as? String)?.hasPrefix("严格落实中央八项规定和省委九项规定") == true)
    }

    @Test("section 二: basic expenditure by economic class and by unit, with the report's 尾差")
    func basicExpenditure() throws {
        let demo = try DemoRun()
        let econ = try JSONFile.rows(
            JSONFile.object(demo.out.appendingPathComponent("totals-econ-2022.json")), by: "code")
        let basic = ["301": "1776.59", "302": "318.19", "303": "760.10", "310": "3.53"]
        for (code, amount) in basic { #expect(econ[code]?["basic"] as? String == amount, "basic \(code)") }
        // Shown parts add up to 2858.41 against 基本支出 2858.40: each is rounded from its exact sum.
        let yuan = try basic.keys.map { try #require(econ[$0]?["basic_yuan"] as? String) }
        #expect(yuan.sorted() == ["17765860.00", "3181860.00", "35300.00", "7600980.00"])
        let units = try JSONFile.rows(
            JSONFile.object(demo.out.appendingPathComponent("totals-unit-2022.json")), by: "code")
        let byUnit = ["401001": "1446.64", "401002": "295.62", "401003": "225.87", "401004": "890.27"]
        for (code, amount) in byUnit { #expect(units[code]?["basic"] as? String == amount, "unit \(code)") }
        #expect(units["401001"]?["name"] as? String == "局本级")
    }

    @Test("section 二: project expenditure by economic and by functional class")
    func projectExpenditure() throws {
        let demo = try DemoRun()
        let econ = try JSONFile.rows(
            JSONFile.object(demo.out.appendingPathComponent("totals-econ-2022.json")), by: "code")
        #expect(econ["302"]?["project"] as? String == "837.42")
        #expect(econ["310"]?["project"] as? String == "12.62")
        #expect(econ["301"]?["project"] as? String == "0.00")
        let function = try JSONFile.rows(
            JSONFile.object(demo.out.appendingPathComponent("totals-func-2022.json")), by: "code")
        let expected = [
            "201": "27.34", "206": "33.84", "207": "200.00", "210": "31.00", "211": "10.00", "215": "546.86",
            "224": "1.00",
        ]
        for (code, amount) in expected { #expect(function[code]?["project"] as? String == amount, "func \(code)") }
        let projectTotal = function.values.filter { $0["level"] as? Int == 1 }
            .compactMap { $0["project_yuan"] as? String }.compactMap { Decimal(string: $0) }.reduce(0, +)
        #expect(projectTotal == Decimal(string: "8500400.00"))
    }

    @Test("section 二: 三公 budget 62.45 and actual 29.33 with their parts; income by source; initial budgets")
    func budgetFigures() throws {
        let demo = try DemoRun()
        let db = demo.database
        let run = try #require(
            try db.scalar("select id from pipeline.current_run where node_code = '401' and fiscal_year = 2022"))
        func wan(_ sql: String) throws -> String? {
            try db.scalar("select round((\(sql)) / 10000, 2)::text", [.text(run)])
        }
        func item(_ section: String, _ item: String, _ column: String) throws -> String? {
            try wan(
                "select \(column) from consolidated.item_total where run_id = $1::bigint and section = '\(section)' and item = '\(item)'"
            )
        }
        #expect(
            try wan(
                "select sum(budget_initial) from consolidated.item_total where run_id = $1::bigint and section = 'three_public' and item <> 'vehicle_count'"
            ) == "62.45")
        #expect(try item("three_public", "reception", "budget_initial") == "13.45")
        #expect(try item("three_public", "overseas", "budget_initial") == "0.00")
        #expect(
            try wan(
                "select sum(budget_initial) from consolidated.item_total where run_id = $1::bigint and item in ('vehicle_purchase', 'vehicle_operation')"
            ) == "49.00")
        #expect(try item("three_public", "vehicle_operation", "actual") == "25.67")
        #expect(
            try db.scalar(
                "select actual::text from consolidated.item_total where run_id = $1::bigint and item = 'vehicle_count'",
                [.text(run)]) == "8.00")
        #expect(try item("income", "appropriation", "actual") == "3681.22")
        #expect(try item("income", "business", "actual") == "15.45")
        #expect(try item("income", "other", "actual") == "1.17")
        #expect(try item("income", "carryover", "actual") == "10.60")
        // The internal transfer 局本级 → 墙改办 cancels out on consolidation.
        #expect(try item("income", "from_superior", "actual") == "0.00")
        #expect(try item("transfer", "to_subordinate", "actual") == "0.00")
        #expect(
            try wan(
                "select sum(basic_budget_initial) from consolidated.class_total where run_id = $1::bigint and dimension = 'unit'"
            ) == "1524.95")
        #expect(
            try wan(
                "select sum(project_budget_initial) from consolidated.class_total where run_id = $1::bigint and dimension = 'unit'"
            ) == "55.52")
    }

    @Test("a run takes over the intake findings of submissions checked against the same rules and tables")
    func runKeepsIntakeWarnings() throws {
        let demo = try DemoRun()
        let fromIntake = try demo.database.scalar(
            """
            select string_agg(f.code || ':' || f.line_no, ',' order by f.submission_id, f.line_no)
            from intake.finding f
            join pipeline.run_submission rs on rs.submission_id = f.submission_id
            join pipeline.current_run c on c.id = rs.run_id and c.fiscal_year = 2022
            """)
        let fromRun = try demo.database.scalar(
            """
            select string_agg(f.code || ':' || f.line_no, ',' order by f.submission_id, f.line_no)
            from pipeline.finding f join pipeline.current_run c on c.id = f.run_id and c.fiscal_year = 2022
            """)
        #expect(fromIntake?.contains("prior_year_change") == true)
        #expect(fromRun == fromIntake)
        #expect(try demo.database.scalar("select count(distinct checked_with) from intake.submission") == "1")
    }

    @Test("demo again changes nothing: no new submission or run, byte-identical exports")
    func demoIsIdempotent() throws {
        let demo = try DemoRun()
        let counts = "select (select count(*) from intake.upload) || '/' || (select count(*) from pipeline.run)"
        let before = try demo.database.scalar(counts)
        let second = try HuizongBinary.temporaryDirectory()
        let again = try HuizongBinary.run(["demo", "--out", second.path], database: demo.database)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("401 2022: consolidation up to date"))
        #expect(try demo.database.scalar(counts) == before)
        for name in try FileManager.default.contentsOfDirectory(atPath: demo.out.path) {
            let first = try Data(contentsOf: demo.out.appendingPathComponent(name))
            #expect(first == (try Data(contentsOf: second.appendingPathComponent(name))), "\(name)")
        }
        let printed = { (result: HuizongBinary.Result, out: URL) in
            result.stdout.replacingOccurrences(of: out.path, with: "OUT")
        }
        #expect(printed(again, second) == printed(demo.result, demo.out))
    }
}

/// One run of `huizong demo` against a fresh database.
struct DemoRun {
    let database: TestDatabase
    let out: URL
    let result: HuizongBinary.Result

    init() throws {
        database = try TestDatabase()
        out = try HuizongBinary.temporaryDirectory()
        result = try HuizongBinary.run(["demo", "--out", out.path], database: database)
        try #require(result.status == 0, "demo failed: \(result.stderr)")
        #expect(result.stdout.contains("| 支出总额 | 3304.06 | 3708.44 | 3708.44 |"))
    }
}

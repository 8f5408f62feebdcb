import Foundation
import Postgres
import Testing

/// A generated department (`huizong generate`) through the real binary: its report's JSON
/// equals sums the test computes itself, in integer fen, from the intake lines of the
/// submissions in force — not through the consolidation or the report's query.
@Suite("self-evaluation report of a generated department") struct GeneratedReportTests {
    @Test("every figure equals the test's own sums; a rounding note exactly where parts miss their total")
    func figures() throws {
        let db = try GeneratedRun.department(units: 5, lines: 60, seed: 13)
        let result = try HuizongBinary.run(["report", "--unit", "BENCH", "--year", "2022"], database: db)
        try #require(result.status == 0, "\(result.stderr)")
        let report = try JSONFile.object(result.stdout)
        let sums = try IndependentSums(db.connection)

        for (path, fen) in sums.money {
            #expect(ReportReferenceTests.value(report, path) as? String == ReportFen.wan(fen), "\(path)")
            #expect(
                ReportReferenceTests.value(report, path + "_yuan") as? String == ReportFen.yuan(fen), "\(path)_yuan")
        }
        let indicators = (report["cost_indicators"] as? [[String: Any]] ?? []).map {
            ("cost_indicators.\($0["key"]!)", $0["value"] as? String)
        }
        for (path, rate) in sums.rates {
            let value = indicators.first { $0.0 == path }?.1 ?? ReportReferenceTests.value(report, path) as? String
            #expect(value == rate, "\(path)")
        }
        for (path, count) in sums.counts {
            #expect(ReportReferenceTests.value(report, path) as? Int == count, "\(path)")
        }
        var expectedNotes: [String] = []
        for (path, parts) in sums.lists {
            let list = ReportReferenceTests.value(report, path) as? [[String: Any]] ?? []
            #expect(
                list.map { "\($0["code"]!) \($0["amount"]!)" } == parts.map { "\($0.code) \(ReportFen.wan($0.fen))" },
                "\(path)")
            let total = sums.money[sums.totals[path]!]!
            if parts.map({ ReportFen.hundredths($0.fen) }).reduce(0, +) != ReportFen.hundredths(total) {
                expectedNotes.append(path)
            }
        }
        let notes = (report["notes"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "rounding_parts" }
        let noted = notes.compactMap { ($0["args"] as? [String: Any])?["figure"] as? String }
        #expect(
            Set(noted).subtracting(["income", "expenditure", "three_public.parts.budget", "three_public.parts.actual"])
                == Set(expectedNotes), "rounding notes")
        let unmatched = ReportNumbers.unmatched(in: try markdown(db), json: report)
        #expect(unmatched.isEmpty, "numbers in the Markdown that are no value of the JSON: \(unmatched)")
    }

    private func markdown(_ db: TestDatabase) throws -> String {
        let result = try HuizongBinary.run(
            ["report", "--unit", "BENCH", "--year", "2022", "--format", "md"], database: db)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }
}

/// The report's figures computed from the lines of the submissions in force, in fen.
struct IndependentSums {
    var money: [String: Int64] = [:]
    var rates: [String: String] = [:]
    var counts: [String: Int] = [:]
    /// List figure → its parts in code order.
    var lists: [String: [(code: String, fen: Int64)]] = [:]
    /// List figure → the money figure its parts add to.
    let totals = [
        "basic.by_econ": "basic.actual", "basic.by_unit": "basic.actual", "project.by_econ": "project.actual",
        "project.by_func": "project.actual",
    ]

    init(_ connection: Connection) throws {
        var lines: [Line] = []
        try connection.forEachRow(
            """
            select s.unit_code, l.section, coalesce(l.item, '') as item, coalesce(l.kind, '') as kind,
                   coalesce(l.func_code, '') as func_code, coalesce(l.econ_code, '') as econ_code,
                   coalesce(l.budget_initial, 0)::text as initial, coalesce(l.budget_final, 0)::text as final,
                   coalesce(l.actual, 0)::text as actual
            from intake.current_submission s
            join intake.line l on l.submission_id = s.id
            where s.fiscal_year = 2022
            """ as SQLQuery
        ) { row in
            lines.append(
                Line(
                    unit: try row.decode(String.self, "unit_code"), section: try row.decode(String.self, "section"),
                    item: try row.decode(String.self, "item"), kind: try row.decode(String.self, "kind"),
                    funcCode: try row.decode(String.self, "func_code"),
                    econCode: try row.decode(String.self, "econ_code"),
                    initial: ReportFen.parse(try row.decode(String.self, "initial")),
                    final: ReportFen.parse(try row.decode(String.self, "final")),
                    actual: ReportFen.parse(try row.decode(String.self, "actual"))))
        }
        compute(lines)
    }

    struct Line {
        var unit, section, item, kind, funcCode, econCode: String
        var initial, final, actual: Int64
    }

    private mutating func compute(_ lines: [Line]) {
        let spending = lines.filter { $0.section == "expenditure" }
        func sum(_ selected: [Line], _ value: (Line) -> Int64) -> Int64 { selected.map(value).reduce(0, +) }
        let basic = spending.filter { $0.kind == "basic" }
        let project = spending.filter { $0.kind == "project" }
        for (name, kindLines) in [("basic", basic), ("project", project)] {
            money["\(name).initial"] = sum(kindLines, \.initial)
            money["\(name).final"] = sum(kindLines, \.final)
            money["\(name).adjustment"] = sum(kindLines, \.final) - sum(kindLines, \.initial)
            money["\(name).actual"] = sum(kindLines, \.actual)
            money["expenditure.\(name)"] = sum(kindLines, \.actual)
            money["funds.\(name)"] = sum(kindLines, \.actual)
        }
        let total = sum(spending, \.actual)
        money["expenditure.total"] = total
        rates["expenditure.basic_share"] = ReportFen.rate(sum(basic, \.actual), total)
        rates["expenditure.project_share"] = ReportFen.rate(sum(project, \.actual), total)
        money["funds.initial"] = sum(spending, \.initial)
        money["funds.final"] = sum(spending, \.final)
        money["funds.actual"] = total
        rates["funds.execution_rate"] = ReportFen.rate(total, sum(spending, \.final))

        let income = lines.filter { $0.section == "income" }
        func item(_ section: String, _ name: String) -> [Line] {
            lines.filter { $0.section == section && $0.item == name }
        }
        for name in ["business", "operating", "other", "carryover", "government_fund"] {
            money["income.\(name)"] = sum(item("income", name), \.actual)
        }
        let appropriation = sum(item("income", "appropriation"), \.actual)
        money["income.general_public"] = appropriation
        money["funds.general_public"] = appropriation
        money["income.total"] = sum(income, \.actual)
        money["funds.other"] = sum(income, \.actual) - appropriation - sum(item("income", "government_fund"), \.actual)

        let parts = ["overseas", "reception", "vehicle_purchase", "vehicle_operation"].flatMap {
            item("three_public", $0)
        }
        money["three_public.budget"] = sum(parts, \.initial)
        money["three_public.actual"] = sum(parts, \.actual)
        money["three_public.saving"] = sum(parts, \.initial) - sum(parts, \.actual)
        rates["cost_indicators.three_public_control_rate"] = ReportFen.rate(sum(parts, \.actual), sum(parts, \.initial))
        let publicFunds = basic.filter { $0.econCode.hasPrefix("302") }
        rates["cost_indicators.public_funds_control_rate"] = ReportFen.rate(
            sum(publicFunds, \.actual), sum(publicFunds, \.final))
        let procurement = item("procurement", "total")
        rates["cost_indicators.procurement_execution_rate"] = ReportFen.rate(
            sum(procurement, \.actual), sum(procurement, \.final))

        // counts are stored in fen as well: 93 is 9300
        let authorized = sum(item("staffing", "authorized"), \.actual) / 100
        let inService = sum(item("staffing", "in_service"), \.actual) / 100
        let excluded = sum(item("staffing", "excluded"), \.actual) / 100
        counts["staffing.authorized"] = Int(authorized)
        counts["staffing.actual"] = Int(inService)
        counts["staffing.excluded"] = Int(excluded)
        rates["staffing.control_rate"] = ReportFen.rate(inService - excluded, authorized)

        let econClasses = Set(spending.map { String($0.econCode.prefix(3)) }).sorted()
        lists["basic.by_econ"] = econClasses.map { code in
            (code, sum(basic.filter { $0.econCode.hasPrefix(code) }, \.actual))
        }
        lists["project.by_econ"] = econClasses.map { code in
            (code, sum(project.filter { $0.econCode.hasPrefix(code) }, \.actual))
        }
        lists["basic.by_unit"] = Set(spending.map(\.unit)).sorted().map { unit in
            (unit, sum(basic.filter { $0.unit == unit }, \.actual))
        }
        let funcClasses = Set(project.map { String($0.funcCode.prefix(3)) }).sorted()
        lists["project.by_func"] = funcClasses.map { code in
            (code, sum(project.filter { $0.funcCode.hasPrefix(code) }, \.actual))
        }.filter { code, _ in
            project.contains { $0.funcCode.hasPrefix(code) && ($0.actual != 0 || $0.final != 0 || $0.initial != 0) }
        }
    }
}

/// Integer fen and the report's displays of it.
enum ReportFen {
    /// `"1234.56"` → 123456.
    static func parse(_ text: String) -> Int64 {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? Int64(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0))! : 0
        return Int64(parts[0])! * 100 + fraction
    }

    /// 万元 in hundredths, half away from zero (PostgreSQL's `round` of numeric).
    static func hundredths(_ fen: Int64) -> Int64 { fen < 0 ? -((-fen + 5000) / 10000) : (fen + 5000) / 10000 }

    static func wan(_ fen: Int64) -> String { decimal(hundredths(fen)) }

    static func yuan(_ fen: Int64) -> String { decimal(fen) }

    /// a / b in percent, two decimals half-up; nil without a base.
    static func rate(_ part: Int64, _ base: Int64) -> String? {
        base == 0 ? nil : decimal((part * 20000 + base) / (2 * base))
    }

    private static func decimal(_ hundredths: Int64) -> String {
        let magnitude = abs(hundredths)
        let cents = magnitude % 100
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }
}

import Foundation
import HuizongCore
import Postgres
import Testing

/// `FigureProvenance` on the reference department and on a generated one: the units' shares
/// add to the published figure exactly, each unit's lines to its share, and (generated) the
/// shares equal sums the test computes itself from the submissions in force.
@Suite("figure provenance") struct FigureProvenanceTests {
    @Test("公用经费 318.19 = the sum of its units' amounts = the sum of their lines")
    func publicFunds() throws {
        let demo = try DemoRun()
        let connection = demo.database.connection
        let provenance = try Self.load("basic.by_econ.302", connection)
        #expect(provenance.figure == FigureProvenance.Amount(exact: "3181860.00", shown: "318.19"))
        #expect(provenance.label == "商品和服务支出")
        #expect(provenance.total == provenance.figure)
        #expect(provenance.balanced)
        #expect(
            provenance.units.map { "\($0.code) \($0.amount.shown) \($0.amount.exact) \($0.lines)" } == [
                "401001 178.00 1780000.00 18", "401002 52.00 520000.00 14", "401003 38.00 380000.00 13",
                "401004 50.19 501860.00 12",
            ])
        let lines = try Self.checkLines(provenance, connection)
        #expect(lines.allSatisfy { $0.section == "expenditure" && $0.kind == "basic" })
        #expect(lines.allSatisfy { $0.econCode?.hasPrefix("302") == true && $0.column == "actual" })
        #expect(
            lines.first.map { "\($0.fileName):\($0.lineNo) \($0.funcCode!) \($0.econCode!) \($0.amount)" }
                == "samples/reference-department/401001-2022.csv:32 2150501 30201 164509.84")
        var one: [FigureProvenance.Line] = []
        try provenance.forEachLine(unit: "401004", connection: connection) { one.append($0) }
        #expect(one.count == 12)
        #expect(Set(one.map(\.unit)) == ["401004"])
    }

    @Test("every base-data cell and every report figure with lines adds up, unit by unit and line by line")
    func everyFigureAddsUp() throws {
        let demo = try DemoRun()
        let connection = demo.database.connection
        let table = try BaseDataTable.load(node: "401", year: 2022, connection: connection)
        var keys: [String] = []
        for row in table.rows {
            if row.budgetFinal != nil { keys.append("base_data.\(row.key).budget_final") }
            if row.actual != nil { keys.append("base_data.\(row.key).actual") }
            if row.priorActual != nil { keys.append("base_data.\(row.key).prior_actual") }
        }
        keys += [
            "income.total", "income.general_public", "income.from_superior", "income.carryover", "funds.other",
            "expenditure.total", "expenditure.basic", "expenditure.project", "basic.initial", "basic.adjustment",
            "basic.actual", "project.initial", "project.adjustment", "project.actual", "basic.by_unit.401001",
            "basic.by_econ.301", "basic.by_econ.303", "project.by_econ.302", "project.by_func.215",
            "three_public.budget", "three_public.actual", "three_public.saving", "three_public.parts.actual.reception",
            "three_public.parts.budget.vehicles", "three_public.vehicle_operation.actual", "staffing.authorized",
            "staffing.actual", "staffing.excluded", "three_public.vehicle_count", "procurement.actual",
        ]
        for key in keys {
            let provenance = try Self.load(key, connection)
            #expect(provenance.figure != nil, "\(key)")
            #expect(provenance.balanced, "\(key): \(String(describing: provenance.figure)) ≠ \(provenance.total)")
            _ = try Self.checkLines(provenance, connection)
        }
        // 上级补助收入 is eliminated: the receiver's income and the payer's transfer cancel.
        let superior = try Self.load("income.from_superior", connection)
        #expect(superior.units.map { "\($0.code) \($0.amount.exact)" } == ["401001 -80000.00", "401003 80000.00"])
        let staffing = try Self.load("staffing.actual", connection)
        #expect(
            staffing.units.map { "\($0.code) \($0.amount.exact)" } == [
                "401001 59", "401002 17", "401003 11", "401004 20",
            ])
        #expect(staffing.figure?.exact == "107")
    }

    @Test("a generated department: each unit's share is the test's own sum of its lines")
    func generated() throws {
        let db = try GeneratedRun.department(units: 5, lines: 60, seed: 29)
        let lines = try GeneratedLines(db.connection)
        let econ = try #require(lines.expenditure.first { $0.kind == "basic" }?.econ.prefix(3))
        let function = try #require(lines.expenditure.first { $0.kind == "project" }?.function.prefix(3))
        let unit = try #require(lines.expenditure.first { $0.kind == "basic" }?.unit)
        let expected: [(String, (GeneratedLines.Line) -> Int64?)] = [
            ("expenditure.total", { $0.section == "expenditure" ? $0.actual : nil }),
            ("basic.by_econ.\(econ)", { $0.kind == "basic" && $0.econ.hasPrefix(econ) ? $0.actual : nil }),
            (
                "project.by_func.\(function)",
                { $0.kind == "project" && $0.function.hasPrefix(function) ? $0.actual : nil }
            ),
            ("basic.by_unit.\(unit)", { $0.kind == "basic" && $0.unit == unit ? $0.actual : nil }),
            ("basic.adjustment", { $0.kind == "basic" ? $0.final - $0.initial : nil }),
            ("three_public.actual", { $0.section == "three_public" && $0.item != "vehicle_count" ? $0.actual : nil }),
            ("staffing.actual", { $0.section == "staffing" && $0.item == "in_service" ? $0.actual / 100 : nil }),
        ]
        for (key, take) in expected {
            let provenance = try FigureProvenance.load(
                node: "BENCH", year: 2022, key: try FigureKey.parse(key), files: TestDatabase.files,
                connection: db.connection)
            var sums: [String: Int64] = [:]
            for line in lines.all { if let amount = take(line) { sums[line.unit, default: 0] += amount } }
            let count = key.hasPrefix("staffing")
            #expect(
                provenance.units.map { "\($0.code) \($0.amount.exact)" }
                    == sums.sorted { $0.key < $1.key }.map {
                        "\($0.key) \(count ? "\($0.value)" : ReportFen.yuan($0.value))"
                    },
                "\(key)")
            #expect(provenance.balanced, "\(key)")
            _ = try Self.checkLines(provenance, db.connection)
        }
    }

    static func load(_ key: String, _ connection: Connection) throws -> FigureProvenance {
        try FigureProvenance.load(
            node: "401", year: 2022, key: try FigureKey.parse(key), files: TestDatabase.files, connection: connection)
    }

    /// Signed exact text in fen (`-1234.56` → −123456).
    static func fen(_ text: String) -> Int64 {
        text.hasPrefix("-") ? -ReportFen.parse(String(text.dropFirst())) : ReportFen.parse(text)
    }

    /// Streams every line and checks that each unit's lines add to its share, in fen; the lines.
    @discardableResult
    static func checkLines(_ provenance: FigureProvenance, _ connection: Connection) throws -> [FigureProvenance.Line] {
        var lines: [FigureProvenance.Line] = []
        var sums: [String: Int64] = [:]
        try provenance.forEachLine(connection: connection) { line in
            lines.append(line)
            sums[line.unit, default: 0] += fen(line.amount)
        }
        for unit in provenance.units {
            #expect(sums[unit.code] == fen(unit.amount.exact), "\(provenance.key.text) \(unit.code)")
            #expect(lines.filter { $0.unit == unit.code }.count == unit.lines, "\(provenance.key.text) \(unit.code)")
        }
        #expect(Set(sums.keys) == Set(provenance.units.map(\.code)), "\(provenance.key.text)")
        return lines
    }
}

/// The lines of the generated department's submissions in force, amounts in fen.
struct GeneratedLines {
    struct Line {
        var unit, section, item, kind, function, econ: String
        var initial, final, actual: Int64
    }

    var all: [Line] = []
    var expenditure: [Line] { all.filter { $0.section == "expenditure" } }

    init(_ connection: Connection) throws {
        try connection.forEachRow(
            """
            select s.unit_code, l.section, coalesce(l.item, '') as item, coalesce(l.kind, '') as kind,
                   coalesce(l.func_code, '') as func_code, coalesce(l.econ_code, '') as econ_code,
                   coalesce(l.budget_initial, 0)::text as initial, coalesce(l.budget_final, 0)::text as final,
                   coalesce(l.actual, 0)::text as actual
            from intake.current_submission s
            join intake.line l on l.submission_id = s.id
            where s.fiscal_year = 2022
            order by s.unit_code, l.line_no
            """ as SQLQuery
        ) { row in
            all.append(
                Line(
                    unit: try row.decode(String.self, "unit_code"), section: try row.decode(String.self, "section"),
                    item: try row.decode(String.self, "item"), kind: try row.decode(String.self, "kind"),
                    function: try row.decode(String.self, "func_code"), econ: try row.decode(String.self, "econ_code"),
                    initial: ReportFen.parse(try row.decode(String.self, "initial")),
                    final: ReportFen.parse(try row.decode(String.self, "final")),
                    actual: ReportFen.parse(try row.decode(String.self, "actual"))))
        }
    }
}

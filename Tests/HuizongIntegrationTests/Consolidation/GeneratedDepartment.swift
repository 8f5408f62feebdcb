import Foundation
import HuizongCore

/// A department that is not the demo one: random units, lines and amounts from a seed,
/// with its totals computed here in integer fen, independently of Huizong's SQL.
struct GeneratedDepartment {
    struct Line {
        var kind: String
        var project: String?
        var funcCode: String
        var econCode: String
        var actual: Int64
    }

    struct Unit {
        var code: String
        var parent: String
        var lines: [Line]
        var transferTo: (code: String, amount: Int64)?
        var fromSuperior: Int64 = 0
    }

    let root = "900"
    var units: [Unit] = []

    /// Three levels: 900 → 900100 (an inner node) → 900101, 900102; and 900200 directly under 900.
    init(seed: UInt64, linesPerUnit: Int) throws {
        var random = SeededRandom(seed: seed)
        let econ = try Self.codes("economic-classification.csv", level: "款")
            .filter { !["30212", "30217", "30231", "31013"].contains($0) }  // no 三公 lines to declare
        let function = try Self.codes("functional-classification.csv", level: "项")
        for code in ["900101", "900102", "900200"] {
            var lines: [Line] = []
            var seen = Set<String>()
            while lines.count < linesPerUnit {
                let project = random.next(below: 3) == 0 ? "项目\(random.next(below: 4))" : nil
                let line = Line(
                    kind: project == nil ? "basic" : "project", project: project,
                    funcCode: function[random.next(below: function.count)],
                    econCode: econ[random.next(below: econ.count)],
                    actual: Int64(random.next(below: 500_000_000)) + 1)
                let identity = "\(line.kind)|\(project ?? "")|\(line.funcCode)|\(line.econCode)"
                if seen.insert(identity).inserted { lines.append(line) }
            }
            units.append(Unit(code: code, parent: code == "900200" ? root : "900100", lines: lines))
        }
        units[0].transferTo = ("900102", 123_456_78)
        units[1].fromSuperior = 123_456_78
    }

    private static func codes(_ file: String, level: String) throws -> [String] {
        let text = try String(
            contentsOf: TestDatabase.files.url("sql/reference/\(file)"), encoding: .utf8)
        var codes: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields.count == 4 && fields[2] == level { codes.append(String(fields[0])) }
        }
        return codes
    }

    /// The unit's submission file (CSV, English headers).
    func csv(_ unit: Unit, year: Int) -> String {
        let spent = unit.lines.reduce(Int64(0)) { $0 + $1.actual }
        let transfer = unit.transferTo?.amount ?? 0
        var rows = [
            "section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text",
            "meta,unit_code,,,,,,,,,\(unit.code)", "meta,fiscal_year,,,,,,,,,\(year)",
            "income,appropriation,,,,,,,,\(Fen(spent + transfer - unit.fromSuperior)),",
        ]
        if unit.fromSuperior > 0 { rows.append("income,from_superior,,,,,,,,\(Fen(unit.fromSuperior)),") }
        if let target = unit.transferTo {
            rows.append("transfer,to_subordinate,,,,,,,,\(Fen(target.amount)),\(target.code)")
        }
        rows.append("balance,year_end,,,,,,,,0,")
        for line in unit.lines {
            let project = line.project.map { "\($0),operations" } ?? ","
            rows.append(
                "expenditure,,\(line.kind),\(project),\(line.funcCode),\(line.econCode),0,\(Fen(line.actual)),\(Fen(line.actual)),"
            )
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Expected totals in fen for the units under `node`: dimension → code → (basic, project).
    func expected(under node: String) -> [String: [String: (basic: Int64, project: Int64)]] {
        var totals: [String: [String: (basic: Int64, project: Int64)]] = ["econ": [:], "func": [:], "unit": [:]]
        func add(_ dimension: String, _ code: String, _ line: Line) {
            var entry = totals[dimension]![code] ?? (0, 0)
            if line.kind == "basic" { entry.basic += line.actual } else { entry.project += line.actual }
            totals[dimension]![code] = entry
        }
        for unit in units where node == root || unit.parent == node || unit.code == node {
            for line in unit.lines {
                add("econ", String(line.econCode.prefix(3)), line)
                add("econ", line.econCode, line)
                for length in [3, 5, 7] { add("func", String(line.funcCode.prefix(length)), line) }
                add("unit", unit.code, line)
            }
        }
        return totals
    }
}

/// A small deterministic generator (SplitMix64), so a failing case can be replayed.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

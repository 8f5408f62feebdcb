import Foundation

/// Builds a small, valid submission CSV (the example of spec/submission-format.md) for a unit
/// and year, and lets a test change one thing: add, change or remove a row.
///
/// By default the `income/appropriation` figure is the balancing one: income in total equals
/// expenditure `actual` + transfers out + `year_end`, exactly, whatever else a test changes.
/// Setting `appropriation` fixes it instead (to break the balance on purpose).
struct RuleSubmissionBuilder {
    /// One data record, every cell as it is written in the file ("" for an empty cell).
    struct Row: Equatable {
        var section = ""
        var item = ""
        var kind = ""
        var project = ""
        var projectType = ""
        var funcCode = ""
        var econCode = ""
        var budgetInitial = ""
        var budgetFinal = ""
        var actual = ""
        var text = ""

        var cells: [String] {
            [section, item, kind, project, projectType, funcCode, econCode, budgetInitial, budgetFinal, actual, text]
        }

        /// A meta row.
        static func meta(_ item: String, _ text: String) -> Row {
            Row(section: "meta", item: item, text: text)
        }

        /// A row whose figure is in `actual` only (staffing, income, balance, vehicle_count, transfer).
        static func figure(_ section: String, _ item: String, _ actual: String, text: String = "") -> Row {
            Row(section: section, item: item, actual: actual, text: text)
        }

        /// A basic expenditure line.
        static func basic(
            func funcCode: String, econ econCode: String, initial: String, final: String, actual: String
        ) -> Row {
            Row(
                section: "expenditure", kind: "basic", funcCode: funcCode, econCode: econCode,
                budgetInitial: initial, budgetFinal: final, actual: actual)
        }

        /// A project expenditure line.
        static func project(
            _ name: String, type: String, func funcCode: String, econ econCode: String, initial: String,
            final: String, actual: String
        ) -> Row {
            Row(
                section: "expenditure", kind: "project", project: name, projectType: type, funcCode: funcCode,
                econCode: econCode, budgetInitial: initial, budgetFinal: final, actual: actual)
        }

        /// A declared 三公 figure.
        static func threePublic(_ item: String, initial: String, final: String, actual: String) -> Row {
            Row(section: "three_public", item: item, budgetInitial: initial, budgetFinal: final, actual: actual)
        }

        /// Matches the (non-expenditure) row of `section`/`item`.
        static func item(_ section: String, _ item: String) -> (Row) -> Bool {
            { $0.section == section && $0.item == item }
        }

        /// Matches the expenditure line(s) with economic code `econ`.
        static func line(econ: String) -> (Row) -> Bool {
            { $0.section == "expenditure" && $0.econCode == econ }
        }
    }

    /// A change asked of a row that is not there exactly once.
    struct NoSuchRow: Error, CustomStringConvertible {
        var matches: Int
        var description: String { "expected exactly one matching row, found \(matches)" }
    }

    static let header =
        "section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text"
    static let projectName = "无线电管理经费（中央财政补助资金）"

    var unit: String
    var year: Int
    /// The data records in file order; the header is line 1, `rows[0]` line 2.
    var rows: [Row]
    /// A fixed `income/appropriation` figure; nil makes it the balancing figure.
    var appropriation: String?

    /// The spec's example file for `unit` and `year`:
    /// income 1 500 000 + 20 000 = expenditure 620 000 + 25 000 + 875 000 + year-end 0.
    init(unit: String = "401002", year: Int = 2022) {
        self.unit = unit
        self.year = year
        rows = [
            .meta("unit_code", unit),  // line 2
            .meta("fiscal_year", String(year)),  // 3
            .meta("preparer", "张三"),  // 4
            .figure("staffing", "authorized", "17"),  // 5
            .figure("staffing", "in_service", "17"),  // 6
            .figure("staffing", "excluded", "0"),  // 7
            .figure("income", "appropriation", ""),  // 8, the balancing figure
            .figure("income", "carryover", "20000.00"),  // 9
            .figure("balance", "year_end", "0"),  // 10
            .basic(func: "2150508", econ: "30101", initial: "600000", final: "620000.00", actual: "620000.00"),  // 11
            .basic(func: "2150508", econ: "30231", initial: "30000", final: "25000.00", actual: "25000.00"),  // 12
            .project(
                Self.projectName, type: "special", func: "2150508", econ: "30299", initial: "0", final: "875000.00",
                actual: "875000.00"),  // 13
            .threePublic("vehicle_operation", initial: "30000", final: "25000.00", actual: "25000.00"),  // 14
            .figure("three_public", "vehicle_count", "2"),  // 15
            Row(section: "procurement", item: "total", budgetFinal: "300000.00", actual: "300000.00"),  // 16
        ]
    }

    // MARK: changing one thing

    /// Adds `row` at the end of the file; returns its line number.
    @discardableResult
    mutating func append(_ row: Row) -> Int {
        rows.append(row)
        return rows.count + 1
    }

    /// Adds `row` right after the one row `match` selects; returns the new row's line number.
    @discardableResult
    mutating func insert(_ row: Row, after match: (Row) -> Bool) throws -> Int {
        let index = try position(match)
        rows.insert(row, at: index + 1)
        return index + 3
    }

    /// Changes the one row `match` selects.
    mutating func change(_ match: (Row) -> Bool, _ edit: (inout Row) -> Void) throws {
        let index = try position(match)
        edit(&rows[index])
    }

    /// Replaces the one row `match` selects by `row`.
    mutating func replace(_ match: (Row) -> Bool, with row: Row) throws {
        rows[try position(match)] = row
    }

    /// Removes the one row `match` selects.
    mutating func remove(_ match: (Row) -> Bool) throws {
        rows.remove(at: try position(match))
    }

    /// The physical line (header = 1) of the one row `match` selects.
    func line(_ match: (Row) -> Bool) throws -> Int {
        try position(match) + 2
    }

    private func position(_ match: (Row) -> Bool) throws -> Int {
        let indices = rows.indices.filter { match(rows[$0]) }
        guard indices.count == 1 else { throw NoSuchRow(matches: indices.count) }
        return indices[0]
    }

    // MARK: the file

    /// The balancing appropriation, in yuan with two decimals.
    var balancingAppropriation: String {
        var fen: Int64 = 0
        for row in rows {
            switch row.section {
            case "expenditure", "transfer", "balance": fen += Self.fen(row.actual)
            case "income" where row.item != "appropriation": fen -= Self.fen(row.actual)
            default: break
            }
        }
        return Self.yuan(fen)
    }

    /// The CSV text, LF line ends, with a final line end.
    var csv: String {
        let appropriation = self.appropriation ?? balancingAppropriation
        var lines = [Self.header]
        for var row in rows {
            if row.section == "income" && row.item == "appropriation" { row.actual = appropriation }
            lines.append(row.cells.map(Self.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting where needed.
    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A plain amount ("1234", "1234.5", "1234.56"; "" is 0) in fen.
    static func fen(_ amount: String) -> Int64 {
        let parts = amount.split(separator: ".", omittingEmptySubsequences: false)
        let yuan = Int64(parts.first.map(String.init) ?? "") ?? 0
        var decimals = parts.count > 1 ? String(parts[1]) : ""
        while decimals.count < 2 { decimals += "0" }
        return yuan * 100 + (Int64(decimals.prefix(2)) ?? 0)
    }

    /// Fen as yuan with exactly two decimals, the way PostgreSQL prints numeric(18, 2).
    static func yuan(_ fen: Int64) -> String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}

/// Short for the builder's row, its makers and its matchers.
typealias RuleRow = RuleSubmissionBuilder.Row

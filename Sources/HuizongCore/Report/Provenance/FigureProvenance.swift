import Foundation
import Postgres

/// Where one figure of a run comes from (issue 13, provenance): the units whose lines add
/// to it and how much each, then, streamed, each unit's lines (file, line, codes, amount).
/// The shares add to the figure exactly and a unit's lines to its share: both are sums of
/// the same lines `sql/report/provenance.sql` selects as the consolidation summed them.
/// Shared by `huizong explain-figure` and the portal's `/figures` page.
public struct FigureProvenance: Sendable {
    /// The run the figure comes from (for `prior_actual`, the previous year's current run).
    public var source: ExportSource
    public var key: FigureKey
    /// What the figure is called: the base-data row's label, or the name of a list's part.
    public var label: String?
    /// The figure as the report or the base-data table publishes it; nil where it shows none
    /// (an undeclared 三公 row, a class the run has no line of).
    public var figure: Amount?
    /// The sum of the units' shares.
    public var total: Amount
    /// Each unit with lines behind the figure, by unit code.
    public var units: [UnitShare]
    /// `sql/report/provenance.sql`, read once.
    let sql: String

    /// An exact amount (yuan or a count) and how it is shown (万元, or the count).
    public struct Amount: Sendable, Equatable {
        public var exact: String
        public var shown: String

        public init(exact: String, shown: String) {
            self.exact = exact
            self.shown = shown
        }
    }

    /// One unit's part of the figure.
    public struct UnitShare: Sendable, Equatable {
        public var code: String
        public var name: String
        public var amount: Amount
        /// How many lines make it.
        public var lines: Int
    }

    /// One line of a submission the run consolidated, and what it adds to the figure.
    public struct Line: Sendable, Equatable {
        public var unit: String
        public var submission: Int64
        public var fileName: String
        public var lineNo: Int
        /// The workbook cell of the amount (`填报!J12`); nil for a CSV.
        public var cell: String?
        public var section: String
        public var item: String?
        public var kind: String?
        public var project: String?
        public var projectType: String?
        public var funcCode: String?
        public var econCode: String?
        /// The line's text (a transfer's receiving unit).
        public var text: String?
        /// The submission column the amount is read from (`actual`, `budget_final` …).
        public var column: String
        /// A transfer paid inside the node, taken off (its amount is negative).
        public var eliminated: Bool
        /// Exact: yuan, or a count.
        public var amount: String
    }

    /// Whether the shares add to the published figure (an unpublished figure: to zero).
    public var balanced: Bool {
        Decimal(string: figure?.exact ?? "0") == Decimal(string: total.exact)
    }
}

extension FigureProvenance {
    /// The provenance of `key` in the node's current run for the year (or run `run`; for a
    /// `prior_actual` key, the previous year's current run).
    public static func load(
        node: String, year: Int, run: Int64? = nil, key: FigureKey, files: ProjectFiles, connection: Connection
    ) throws -> FigureProvenance {
        let source = try ExportSource.load(
            node: node, year: year + key.yearOffset, run: key.yearOffset == 0 ? run : nil, connection: connection)
        let sql = try files.text("sql/report/provenance.sql")
        let (figure, label) = try published(key, runId: source.runId, files: files, connection: connection)
        var units: [UnitShare] = []
        var total = Amount(exact: "0.00", shown: key.measure == .count ? "0" : "0.00")
        let query =
            "with provenance as (\n\(sql)\n)\n"
                + """
                select p.unit_code, coalesce(u.name, '') as name, count(*) as lines, sum(p.amount)::text as exact,
                       round(sum(p.amount) / 10000, 2)::text as wan,
                       sum(sum(p.amount)) over ()::text as total_exact,
                       round(sum(sum(p.amount)) over () / 10000, 2)::text as total_wan
                from provenance p
                left join registry.unit u on u.code = p.unit_code
                group by p.unit_code, u.name
                order by p.unit_code
                """
        try connection.forEachRow(query, parameters(source.runId, key, unit: nil)) { row in
            units.append(
                UnitShare(
                    code: try row.decode(String.self, "unit_code"), name: try row.decode(String.self, "name"),
                    amount: try amount(row, "exact", "wan", key.measure), lines: try row.decode(Int.self, "lines")))
            total = try amount(row, "total_exact", "total_wan", key.measure)
        }
        return FigureProvenance(
            source: source, key: key, label: label, figure: figure, total: total, units: units, sql: sql)
    }

    /// Streams the lines behind the figure, unit by unit in code order, each unit's by file
    /// and line; only unit `unit`'s when given.
    public func forEachLine(unit: String? = nil, connection: Connection, _ body: (Line) throws -> Void) throws {
        let query =
            "with provenance as (\n\(sql)\n)\n"
                + """
                select unit_code, submission_id, file_name, line_no, cell, section, item, kind, project, project_type,
                       func_code, econ_code, text, column_name, eliminated, amount::text as amount
                from provenance
                order by unit_code, submission_id, line_no, eliminated
                """
        try connection.forEachRow(query, Self.parameters(source.runId, key, unit: unit)) { row in
            try body(
                Line(
                    unit: try row.decode(String.self, "unit_code"),
                    submission: try row.decode(Int64.self, "submission_id"),
                    fileName: try row.decode(String.self, "file_name"), lineNo: try row.decode(Int.self, "line_no"),
                    cell: try row.decode(String?.self, "cell"), section: try row.decode(String.self, "section"),
                    item: try row.decode(String?.self, "item"), kind: try row.decode(String?.self, "kind"),
                    project: try row.decode(String?.self, "project"),
                    projectType: try row.decode(String?.self, "project_type"),
                    funcCode: try row.decode(String?.self, "func_code"),
                    econCode: try row.decode(String?.self, "econ_code"), text: try row.decode(String?.self, "text"),
                    column: try row.decode(String.self, "column_name"),
                    eliminated: try row.decode(Bool.self, "eliminated"),
                    amount: Self.exact(try row.decode(String.self, "amount"), key.measure)))
        }
    }

    private static func parameters(_ runId: Int64, _ key: FigureKey, unit: String?) -> [PostgresValue?] {
        [runId.postgresValue] + key.selector.parameters + [unit?.postgresValue]
    }

    private static func amount(_ row: Row, _ exact: String, _ wan: String, _ measure: FigureKey.Measure) throws
        -> Amount
    {
        let value = try row.decode(String.self, exact)
        switch measure {
        case .money: return Amount(exact: value, shown: try row.decode(String.self, wan))
        case .count: return Amount(exact: Self.exact(value, .count), shown: Self.exact(value, .count))
        }
    }

    /// A count without its numeric(18,2) decimals (`17.00` → `17`); money as it is.
    static func exact(_ value: String, _ measure: FigureKey.Measure) -> String {
        guard measure == .count, value.hasSuffix(".00") else { return value }
        return String(value.dropLast(3))
    }
}

import Postgres

/// Department-wide totals by economic class, functional class or unit, streamed from the
/// node's current run straight into the output.
public struct TotalsTable {
    /// What the totals are grouped by.
    public enum Dimension: String, CaseIterable, Sendable {
        case econ, `func`, unit

        var title: String {
            switch self {
            case .econ: return "支出经济分类"
            case .func: return "支出功能分类"
            case .unit: return "预算单位"
            }
        }
    }

    /// One row: a code at one level, basic, project and their total.
    public struct Row: Sendable {
        public var code: String
        public var name: String
        public var level: Int
        public var basic: ExportAmount
        public var project: ExportAmount
        public var total: ExportAmount
    }

    let source: ExportSource
    let dimension: Dimension

    /// The totals of the node's current run for the year (or of an earlier run).
    public init(node: String, year: Int, dimension: Dimension, run: Int64? = nil, connection: Connection) throws {
        self.source = try ExportSource.load(node: node, year: year, run: run, connection: connection)
        self.dimension = dimension
    }

    /// The totals of the run `source` names, grouped by `dimension`.
    init(source: ExportSource, dimension: Dimension) {
        self.source = source
        self.dimension = dimension
    }

    /// Streams the rows with a non-zero amount, ordered by code.
    public func forEachRow(_ connection: Connection, _ body: (Row) throws -> Void) throws {
        try connection.forEachRow(
            """
            select code, name, level,
                   basic_actual::text as basic_yuan, \(fragment: ExportSource.wan("basic_actual")) as basic_wan,
                   project_actual::text as project_yuan, \(fragment: ExportSource.wan("project_actual")) as project_wan,
                   (basic_actual + project_actual)::text as total_yuan,
                   \(fragment: ExportSource.wan("(basic_actual + project_actual)")) as total_wan
            from consolidated.class_total
            where run_id = \(source.runId) and dimension = \(dimension.rawValue) and basic_actual + project_actual <> 0
            order by code
            """
        ) { row in
            try body(
                Row(
                    code: try row.decode(String.self, "code"), name: try row.decode(String.self, "name"),
                    level: try row.decode(Int.self, "level"), basic: try ExportSource.amount(row, "basic"),
                    project: try ExportSource.amount(row, "project"), total: try ExportSource.amount(row, "total")))
        }
    }

    /// The rows with a non-zero amount, ordered by code, in an array (a page's worth: a
    /// department's classes, not its lines).
    public func rows(_ connection: Connection) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(connection) { rows.append($0) }
        return rows
    }
}

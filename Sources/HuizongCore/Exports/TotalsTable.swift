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
                   basic_actual::text as basic_yuan, \(ExportSource.wan("basic_actual")) as basic_wan,
                   project_actual::text as project_yuan, \(ExportSource.wan("project_actual")) as project_wan,
                   (basic_actual + project_actual)::text as total_yuan,
                   \(ExportSource.wan("(basic_actual + project_actual)")) as total_wan
            from consolidated.class_total
            where run_id = $1::bigint and dimension = $2 and basic_actual + project_actual <> 0
            order by code
            """, [.text(String(source.runId)), .text(dimension.rawValue)]
        ) { row in
            try body(
                Row(
                    code: try row.string("code"), name: try row.string("name"), level: try row.int("level"),
                    basic: ExportSource.amount(row, "basic")!, project: ExportSource.amount(row, "project")!,
                    total: ExportSource.amount(row, "total")!))
        }
    }
}

import Postgres

/// The 基础数据表 (attachment 1 of the reference report) of a node and year.
public struct BaseDataTable: Sendable {
    /// The run the figures come from.
    public var source: ExportSource
    /// 财政供养人员情况, nil when no unit declared staffing.
    public var staffing: Staffing?
    /// The money rows, in the order of spec/exports.md.
    public var rows: [Row]
    /// 厉行节约保障措施 and the signature line.
    public var footer: BaseDataFooter

    /// Headcounts and the control rate.
    public struct Staffing: Sendable {
        public var authorized: String
        public var inService: String
        public var excluded: String
        /// (in_service − excluded) / authorized in percent, two decimals; nil without an establishment.
        public var controlRate: String?
        /// The same rate as a fraction (97.85 % is 0.9785), for a spreadsheet's percent format.
        public var controlFraction: String?
    }

    /// One money row: prior year's actual, this year's final budget and actual.
    public struct Row: Sendable {
        public var key: String
        public var label: String
        public var priorActual: ExportAmount?
        public var budgetFinal: ExportAmount?
        public var actual: ExportAmount?
    }

    /// Reads the table of the node's current run for the year (or of an earlier run).
    public static func load(node: String, year: Int, run: Int64? = nil, connection: Connection) throws
        -> BaseDataTable
    {
        let source = try ExportSource.load(node: node, year: year, run: run, connection: connection)
        var rows: [Row] = []
        try connection.forEachRow(
            """
            select key, label,
                   prior_actual::text as prior_yuan, \(fragment: ExportSource.wan("prior_actual")) as prior_wan,
                   budget_final::text as budget_yuan, \(fragment: ExportSource.wan("budget_final")) as budget_wan,
                   actual::text as actual_yuan, \(fragment: ExportSource.wan("actual")) as actual_wan
            from consolidated.base_row where run_id = \(source.runId) order by ordinal
            """
        ) { row in
            rows.append(
                Row(
                    key: try row.decode(String.self, "key"), label: try row.decode(String.self, "label"),
                    priorActual: try ExportSource.optionalAmount(row, "prior"),
                    budgetFinal: try ExportSource.optionalAmount(row, "budget"),
                    actual: try ExportSource.optionalAmount(row, "actual")))
        }
        return BaseDataTable(
            source: source, staffing: try loadStaffing(runId: source.runId, connection), rows: rows,
            footer: try BaseDataFooter.load(runId: source.runId, node: source.nodeCode, connection: connection))
    }

    private static func loadStaffing(runId: Int64, _ connection: Connection) throws -> Staffing? {
        let result = try connection.execute(
            """
            with counts as (
                select coalesce(sum(actual) filter (where item = 'authorized'), 0) as authorized,
                       coalesce(sum(actual) filter (where item = 'in_service'), 0) as in_service,
                       coalesce(sum(actual) filter (where item = 'excluded'), 0) as excluded,
                       count(*) as declared
                from consolidated.item_total
                where run_id = \(runId) and section = 'staffing'
            )
            , rate as (
                select *, case when authorized > 0
                               then round((in_service - excluded) * 100 / authorized, 2) end as percent
                from counts
            )
            select authorized::bigint::text as authorized, in_service::bigint::text as in_service,
                   excluded::bigint::text as excluded, declared, percent::text as control_rate,
                   round(percent / 100, 4)::text as control_fraction
            from rate
            """)
        guard let row = result.first, try row.decode(Int.self, "declared") > 0 else { return nil }
        return Staffing(
            authorized: try row.decode(String.self, "authorized"), inService: try row.decode(String.self, "in_service"),
            excluded: try row.decode(String.self, "excluded"),
            controlRate: try row.decode(String?.self, "control_rate"),
            controlFraction: try row.decode(String?.self, "control_fraction"))
    }
}

/// A figure whose lines can be shown: a key of the report (`spec/report.md`, e.g.
/// `basic.by_econ.302`) or a cell of the base-data table (`base_data.ROW.COLUMN`, e.g.
/// `base_data.basic.public_funds.actual`), parsed into which lines it sums and which
/// amount of each (`LineSelector`), and where its own value is read.
public struct FigureKey: Sendable, Equatable {
    /// Money (yuan, shown in 万元) or a count (staffing, vehicles).
    public enum Measure: String, Sendable { case money, count }

    /// Where the figure's value is published: a row of `sql/report/figures.sql` (its
    /// `figure` and, for a list, its `code`), or a column of a row of `consolidated.base_row`.
    enum Published: Sendable, Equatable {
        case report(figure: String, code: String?)
        case baseRow(key: String, column: String)
    }

    /// The key as written.
    public let text: String
    public let measure: Measure
    let selector: LineSelector
    let published: Published
    /// −1 for the base-data table's 上年决算数 (`prior_actual`): the previous year's actual.
    public let yearOffset: Int

    /// The key shapes `huizong explain-figure` accepts (the rates through `FigureRate`), for
    /// the refusal of any other.
    public static let shapes = [
        "income.{general_public|government_fund|business|operating|from_superior|other|carryover|total}",
        "expenditure.{total|basic|project}",
        "basic.{initial|final|adjustment|actual|public_funds|public_funds_final}",
        "project.{initial|final|adjustment|actual}",
        "basic.by_econ.CODE", "basic.by_unit.CODE", "project.by_econ.CODE", "project.by_func.CODE",
        "three_public.{budget|actual|saving|vehicle_count}",
        "three_public.parts.{budget|actual|saving}.{overseas|reception|vehicles}",
        "three_public.{vehicle_purchase|vehicle_operation}.{budget|actual}",
        "staffing.{authorized|actual|excluded}", "procurement.{budget|actual}",
        "funds.{initial|final|actual|basic|project|general_public|government_fund|other}",
        "base_data.ROW.{budget_final|actual|prior_actual}",
        "staffing.control_rate", "expenditure.{basic_share|project_share}", "funds.execution_rate",
        "cost_indicators.{staff_control_rate|three_public_control_rate|public_funds_control_rate|"
            + "procurement_execution_rate}",
    ]

    /// Parses `text`; any other shape is refused (`unknown_figure_key`, exit 2), naming the shapes.
    public static func parse(_ text: String) throws -> FigureKey {
        if let key = fixed(text) ?? listed(text) ?? baseData(text) { return key }
        throw HuizongError.usage(.unknownFigureKey(key: text, shapes: shapes))
    }

    init(
        _ text: String, _ selector: LineSelector, measure: Measure = .money, published: Published? = nil,
        yearOffset: Int = 0
    ) {
        self.text = text
        self.selector = selector
        self.measure = measure
        self.published = published ?? .report(figure: text, code: nil)
        self.yearOffset = yearOffset
    }

    /// A figure with a fixed key.
    private static func fixed(_ text: String) -> FigureKey? {
        guard let selector = LineSelector.fixed[text] else { return nil }
        let counts: Set = ["staffing.authorized", "staffing.actual", "staffing.excluded", "three_public.vehicle_count"]
        return FigureKey(text, selector, measure: counts.contains(text) ? .count : .money)
    }

    /// A part of a list figure: a class, a unit or a 三公 part.
    private static func listed(_ text: String) -> FigureKey? {
        for (figure, make) in LineSelector.lists where text.hasPrefix(figure + ".") {
            let code = String(text.dropFirst(figure.count + 1))
            guard let selector = make(code) else { return nil }
            return FigureKey(text, selector, published: .report(figure: figure, code: code))
        }
        return nil
    }

    /// A cell of the base-data table: its row's key, then the column.
    private static func baseData(_ text: String) -> FigureKey? {
        guard text.hasPrefix("base_data."), let dot = text.lastIndex(of: ".") else { return nil }
        let row = String(text[text.index(text.startIndex, offsetBy: "base_data.".count)..<dot])
        let column = String(text[text.index(after: dot)...])
        guard ["budget_final", "actual", "prior_actual"].contains(column), var selector = LineSelector.baseRow(row)
        else { return nil }
        let prior = column == "prior_actual"
        selector.column = column == "budget_final" ? .budgetFinal : .actual
        return FigureKey(
            text, selector, published: .baseRow(key: row, column: prior ? "actual" : column),
            yearOffset: prior ? -1 : 0)
    }
}

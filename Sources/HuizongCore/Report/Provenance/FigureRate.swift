import Foundation
import Postgres

/// Where a rate of the report comes from: the figures it divides, each a key that
/// `FigureProvenance` explains down to the lines, and the rate recomputed from them exactly
/// (`(numerator) × 100 ÷ denominator`, rounded half-up to two decimals as
/// `sql/report/figures.sql` rounds it), so that the office can see why 公用经费控制率 is 100.00.
public struct FigureRate: Sendable {
    /// One figure of the formula, as the report publishes it.
    public struct Term: Sendable, Equatable {
        /// Its key (`basic.public_funds`), which `huizong explain-figure` explains.
        public var key: String
        /// +1 or −1 (不计入控制率人员 is taken off 实有在职人数).
        public var sign: Int
        /// Money or a count.
        public var measure: FigureKey.Measure
        /// Its value as published (exact yuan or a count); nil where the data has none.
        public var value: FigureProvenance.Amount?
    }

    /// The rate's key, e.g. `cost_indicators.public_funds_control_rate`.
    public var key: String
    public var source: ExportSource
    /// The rate as the report prints it (two decimals), nil where its base is zero.
    public var published: String?
    public var numerator: [Term]
    public var denominator: Term
    /// The rate recomputed from the terms' exact values; nil without a base.
    public var recomputed: String?

    /// Whether the recomputed rate is the published one.
    public var balanced: Bool { recomputed == published }

    /// The rates and their formulas: numerator terms (signed) over a denominator.
    static let formulas: [String: (numerator: [(Int, String)], denominator: String)] = [
        "staffing.control_rate": ([(1, "staffing.actual"), (-1, "staffing.excluded")], "staffing.authorized"),
        "cost_indicators.staff_control_rate": (
            [(1, "staffing.actual"), (-1, "staffing.excluded")], "staffing.authorized"
        ),
        "expenditure.basic_share": ([(1, "expenditure.basic")], "expenditure.total"),
        "expenditure.project_share": ([(1, "expenditure.project")], "expenditure.total"),
        "funds.execution_rate": ([(1, "funds.actual")], "funds.final"),
        "cost_indicators.three_public_control_rate": ([(1, "three_public.actual")], "three_public.budget"),
        "cost_indicators.public_funds_control_rate": ([(1, "basic.public_funds")], "basic.public_funds_final"),
        "cost_indicators.procurement_execution_rate": ([(1, "procurement.actual")], "procurement.budget"),
    ]

    /// The names of the rates and of their terms, as the report prints them.
    public static let names: [String: String] = [
        "staffing.control_rate": "在职人员控制率", "cost_indicators.staff_control_rate": "在职人员控制率",
        "expenditure.basic_share": "基本支出占比", "expenditure.project_share": "项目支出占比",
        "funds.execution_rate": "预算执行率", "cost_indicators.three_public_control_rate": "“三公经费”控制率",
        "cost_indicators.public_funds_control_rate": "公用经费控制率",
        "cost_indicators.procurement_execution_rate": "政府采购执行率", "staffing.actual": "实有在职人数",
        "staffing.excluded": "不计入控制率人数", "staffing.authorized": "编制数", "expenditure.basic": "基本支出",
        "expenditure.project": "项目支出", "expenditure.total": "支出合计", "funds.actual": "全年执行数",
        "funds.final": "全年预算数", "three_public.actual": "“三公”经费决算数", "three_public.budget": "“三公”经费年初预算数",
        "basic.public_funds": "公用经费决算数", "basic.public_funds_final": "公用经费全年预算数",
        "procurement.actual": "政府采购实际数", "procurement.budget": "政府采购预算数",
    ]

    /// The rate keys, for the refusal of an unknown key.
    public static var keys: [String] { formulas.keys.sorted() }

    /// Whether `key` is a rate this type explains.
    public static func isRate(_ key: String) -> Bool { formulas[key] != nil }

    /// The rate `key` of the node's current run for the year (or run `run`), with its terms.
    public static func load(
        node: String, year: Int, run: Int64? = nil, key: String, files: ProjectFiles, connection: Connection
    ) throws -> FigureRate {
        guard let formula = formulas[key] else { throw HuizongError.usage(.unknownFigureKey(key: key, shapes: [])) }
        let source = try ExportSource.load(node: node, year: year, run: run, connection: connection)
        let rows = try FigureRows(runId: source.runId, files: files, connection: connection)
        func term(_ sign: Int, _ key: String) throws -> Term {
            // Every term is a figure of the report: read from the rows already run, not again.
            let figure = try FigureKey.parse(key)
            let (value, _) = FigureProvenance.published(figure, rows: rows)
            return Term(key: key, sign: sign, measure: figure.measure, value: value)
        }
        let numerator = try formula.numerator.map { try term($0.0, $0.1) }
        let denominator = try term(1, formula.denominator)
        return FigureRate(
            key: key, source: source, published: rows.rate(key), numerator: numerator, denominator: denominator,
            recomputed: recompute(numerator, denominator))
    }

    /// `Σ ± numerator × 100 ÷ denominator`, half-up to two decimals; nil for a zero or missing base.
    static func recompute(_ numerator: [Term], _ denominator: Term) -> String? {
        guard let base = denominator.value.flatMap({ Decimal(string: $0.exact) }), base != 0 else { return nil }
        var sum = Decimal(0)
        for term in numerator {
            // A count nobody declared (不计入控制率人员) counts 0, as the query's coalesce does.
            let value = term.value.flatMap { Decimal(string: $0.exact) } ?? 0
            sum += term.sign < 0 ? -value : value
        }
        var quotient = sum * 100 / base
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 2, .plain)
        return Hundredths(rounded.description).text
    }
}

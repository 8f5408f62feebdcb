import Hummingbird
import HuizongCore

extension Pages {
    /// Where a figure comes from: its units (each linking to its lines), and the lines of
    /// the unit asked for.
    /// A page of run `run` (asked for by a report's link) keeps it in its links to the lines.
    static func figure(_ view: FigureView, year: Int, run: Int64? = nil, session: Session) -> Response {
        let provenance = view.provenance
        let source = provenance.source
        let money = provenance.key.measure == .money
        let base = figureQuery(unit: source.nodeCode, year: year, run: run, key: provenance.key.text)
        let link = { (unit: String?) -> String in
            PageURL.path("figures", query: base + (unit.map { [("lines", $0)] } ?? []))
        }
        let content = FigurePage(
            nodeName: source.nodeName, nodeCode: source.nodeCode, year: source.fiscalYear, runId: source.runId,
            key: provenance.key.text, label: provenance.label ?? provenance.key.text,
            figure: provenance.figure?.shown ?? "—", measure: money ? "万元" : "",
            balanced: provenance.balanced, money: money,
            units: provenance.units.map { share in
                FigurePage.Unit(
                    code: share.code, name: share.name, shown: share.amount.shown, exact: share.amount.exact,
                    lines: share.lines, href: link(share.code), chosen: share.code == view.unit?.share.code)
            },
            total: FigurePage.Unit(
                code: "", name: "合计", shown: provenance.total.shown, exact: provenance.total.exact,
                lines: provenance.units.map(\.lines).reduce(0, +), href: link(nil), chosen: false),
            lines: view.unit.map { unit in
                FigurePage.Lines(
                    code: unit.share.code, name: unit.share.name, rows: unit.lines.map(lineRow),
                    shown: unit.lines.count, count: unit.share.lines,
                    more: unit.lines.count < unit.share.lines ? PageRoutes.figureLineLimit : nil)
            })
        return page("figure", title: "数字来源 · \(content.label)", session: session, content)
    }

    /// A rate: its value, its formula in names, and each term linking to its own page.
    static func rate(_ rate: FigureRate, year: Int, run: Int64? = nil, session: Session) -> Response {
        let source = rate.source
        let terms = (rate.numerator + [rate.denominator]).map { term in
            let query = figureQuery(unit: source.nodeCode, year: year, run: run, key: term.key)
            return RatePage.Term(
                key: term.key, name: FigureRate.names[term.key] ?? term.key,
                value: (term.measure == .money ? term.value?.shown : term.value?.exact) ?? "未报送（按0计）",
                measure: term.measure == .money ? "万元" : "", href: PageURL.path("figures", query: query))
        }
        let content = RatePage(
            nodeName: source.nodeName, nodeCode: source.nodeCode, year: source.fiscalYear, runId: source.runId,
            key: rate.key, label: FigureRate.names[rate.key] ?? rate.key, rate: rate.published ?? "—",
            recomputed: rate.recomputed.map { "\($0)%" } ?? "无（基数为零）", balanced: rate.balanced,
            formula: rate.namedFormula, terms: terms)
        return page("figure-rate", title: "数字来源 · \(content.label)", session: session, content)
    }

    /// The query of figure `key`'s page, keeping the run a report's link asked for.
    private static func figureQuery(unit: String, year: Int, run: Int64?, key: String) -> [(String, String)] {
        [("unit", unit), ("year", String(year))] + (run.map { [("run", String($0))] } ?? []) + [("key", key)]
    }

    private static func lineRow(_ line: FigureProvenance.Line) -> FigurePage.Line {
        FigurePage.Line(
            file: line.fileName, place: line.cell ?? "第\(line.lineNo)行", section: sectionName(line.section),
            item: line.eliminated
                ? "对附属单位补助（内部抵销：付给 \(line.text ?? "")）" : itemName(line.item ?? line.kind ?? ""),
            funcCode: line.funcCode ?? "", econCode: line.econCode ?? "", project: line.project ?? "",
            column: columnName(line.column), amount: line.amount, eliminated: line.eliminated)
    }

    private static func sectionName(_ section: String) -> String {
        [
            "staffing": "人员", "income": "收入", "expenditure": "支出", "three_public": "三公经费",
            "procurement": "政府采购", "transfer": "对附属单位补助",
        ][section] ?? section
    }

    private static func itemName(_ item: String) -> String {
        [
            "basic": "基本支出", "project": "项目支出", "authorized": "编制数", "in_service": "实有在职人数",
            "excluded": "不计入控制率人数", "appropriation": "财政拨款收入", "government_fund": "政府性基金收入",
            "business": "事业收入", "operating": "经营收入", "from_superior": "上级补助收入", "other": "其他收入",
            "carryover": "年初结转和结余", "overseas": "因公出国（境）费用", "reception": "公务接待费",
            "vehicle_purchase": "公务用车购置费", "vehicle_operation": "公务用车运行维护费", "vehicle_count": "公务用车保有量",
            "total": "合计",
        ][item] ?? item
    }

    private static func columnName(_ column: String) -> String {
        ["actual": "决算数", "budget_initial": "年初预算数", "budget_final": "全年预算数"][column] ?? column
    }
}

/// `figure.mustache`.
struct FigurePage {
    let nodeName: String
    let nodeCode: String
    let year: Int
    let runId: Int64
    let key: String
    let label: String
    /// As published (万元 or a count), "—" where nothing is.
    let figure: String
    /// "万元", or empty for a count.
    let measure: String
    let balanced: Bool
    let money: Bool
    let units: [Unit]
    let total: Unit
    let lines: Lines?

    /// A unit's share, linking to its lines.
    struct Unit {
        let code: String
        let name: String
        let shown: String
        let exact: String
        let lines: Int
        let href: String
        let chosen: Bool
    }

    /// One unit's lines.
    struct Lines {
        let code: String
        let name: String
        let rows: [Line]
        let shown: Int
        let count: Int
        /// The limit, when the unit has more lines than the page shows.
        let more: Int?
    }

    struct Line {
        let file: String
        let place: String
        let section: String
        let item: String
        let funcCode: String
        let econCode: String
        let project: String
        let column: String
        let amount: String
        let eliminated: Bool
    }
}

/// `figure-rate.mustache`.
struct RatePage {
    let nodeName: String
    let nodeCode: String
    let year: Int
    let runId: Int64
    let key: String
    let label: String
    /// As published, two decimals; "—" without a base.
    let rate: String
    let recomputed: String
    let balanced: Bool
    let formula: String
    let terms: [Term]

    /// A term of the formula, linking to its own figure page.
    struct Term {
        let key: String
        let name: String
        let value: String
        let measure: String
        let href: String
    }
}

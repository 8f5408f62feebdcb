import Hummingbird
import HuizongCore

extension Pages {
    /// The 基础数据表 as a page, with a download link for every format; every figure links
    /// to where it comes from (`/figures`); the report's charts under it when the view has them.
    static func baseData(_ view: BaseDataView, session: Session) -> Response {
        let table = view.table
        let source = table.source
        let figure = { (key: String, text: String) in
            BaseDataPage.Figure(
                text: text,
                href: text.isEmpty
                    ? nil
                    : PageURL.path(
                        "figures",
                        query: [("unit", source.nodeCode), ("year", String(source.fiscalYear)), ("key", key)]))
        }
        let content = BaseDataPage(
            nodeName: source.nodeName, nodeCode: source.nodeCode, year: source.fiscalYear, runId: source.runId,
            missingUnits: source.complete ? nil : source.missingUnits.joined(separator: "、"),
            staffing: table.staffing.map {
                BaseDataPage.Staffing(
                    authorized: figure("staffing.authorized", $0.authorized),
                    inService: figure("staffing.actual", $0.inService), controlRate: $0.controlRate ?? "—")
            },
            rows: table.rows.map { row in
                BaseDataPage.Row(
                    label: row.label,
                    priorActual: figure("base_data.\(row.key).prior_actual", row.priorActual?.wan ?? ""),
                    budgetFinal: figure("base_data.\(row.key).budget_final", row.budgetFinal?.wan ?? ""),
                    actual: figure("base_data.\(row.key).actual", row.actual?.wan ?? ""))
            },
            charts: view.charts.map { BaseDataPage.Chart(key: $0.key, title: $0.title, svg: $0.svg, bars: $0.bars) },
            hasCharts: !view.charts.isEmpty,
            downloads: downloads(
                "base-data", query: [("unit", source.nodeCode), ("year", String(source.fiscalYear))]))
        return page("base-data", title: "基础数据表", session: session, content)
    }

    /// Totals by a classification or by unit.
    static func totals(_ rows: [TotalsTable.Row], node: String, year: Int, by: TotalsTable.Dimension, session: Session)
        -> Response
    {
        let content = TotalsPage(
            tabs: TotalsTable.Dimension.allCases.map { dimension in
                PageLink(
                    PageURL.path(
                        "totals", query: ["unit": node, "year": String(year), "by": dimension.rawValue]),
                    dimensionName(dimension))
            },
            rows: rows.map { row in
                TotalsPage.Row(
                    code: row.code, name: String(repeating: "　", count: max(0, row.level - 1)) + row.name,
                    basic: row.basic.wan, project: row.project.wan, total: row.total.wan)
            },
            downloads: downloads("totals", query: [("unit", node), ("year", String(year)), ("by", by.rawValue)]))
        return page("totals", title: "分类汇总 · \(dimensionName(by))", session: session, content)
    }

    static func dimensionName(_ dimension: TotalsTable.Dimension) -> String {
        switch dimension {
        case .econ: return "按经济分类"
        case .func: return "按功能分类"
        case .unit: return "按单位"
        }
    }

    /// `a.download[data-format]` for every format of `/api/exports/{table}`.
    private static func downloads(_ table: String, query: [(String, String)]) -> [Download] {
        ExportFormat.allCases.map { format in
            Download(
                format: format.rawValue,
                href: PageURL.path("api", "exports", table, query: query + [("format", format.rawValue)]),
                label: format.rawValue.uppercased())
        }
    }

    /// A link of `downloads.mustache`.
    struct Download {
        let format: String
        let href: String
        let label: String
    }
}

/// `base-data.mustache`.
struct BaseDataPage {
    let nodeName: String
    let nodeCode: String
    let year: Int
    let runId: Int64
    /// The units without a submission in force, when the run was incomplete.
    let missingUnits: String?
    let staffing: Staffing?
    let rows: [Row]
    /// The report's charts (office and admin only); empty for an accountant.
    let charts: [Chart]
    /// Whether there are charts (stored: the templates see stored properties only).
    let hasCharts: Bool
    let downloads: [Pages.Download]

    struct Staffing {
        let authorized: Figure
        let inService: Figure
        let controlRate: String
    }

    /// A line with its 万元 figures.
    struct Row {
        let label: String
        let priorActual: Figure
        let budgetFinal: Figure
        let actual: Figure
    }

    /// A chart of the report. `svg` is inserted unescaped (`{{{svg}}}`): it is markup the core
    /// drew with `MarkupWriter`, which escaped every text and attribute value in it (unit and
    /// class names included), and whose element and attribute names are project constants.
    /// Escaping it again would print the markup instead of drawing it.
    struct Chart {
        let key: String
        let title: String
        let svg: String
        let bars: Int
    }

    /// A figure as shown, and the link to its units and lines (none for an empty cell).
    struct Figure {
        let text: String
        let href: String?
    }
}

/// `totals.mustache`.
struct TotalsPage {
    /// One link per dimension.
    let tabs: [PageLink]
    let rows: [Row]
    let downloads: [Pages.Download]

    struct Row {
        let code: String
        /// Indented by level.
        let name: String
        let basic: String
        let project: String
        let total: String
    }
}

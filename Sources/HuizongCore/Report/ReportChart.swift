/// A horizontal bar chart of the report: categories (a class, a unit, a row), each with one
/// bar per series. Values are the model's exact 万元 strings; only the drawing turns them into
/// pixels (`ChartLayout`), and every printed amount is the string itself.
struct ReportChart: Sendable {
    /// A stable name (`nature`, `econ` …), for files and ids.
    var key: String
    var title: String
    /// The series' names, in bar order within a category (a legend when more than one).
    var series: [String]
    var categories: [Category]

    /// A category's label, its value per series (nil: no figure, no bar) and, per series, the
    /// key of the figure's provenance (the HTML links a bar's value to it).
    struct Category: Sendable {
        var label: String
        var values: [String?]
        var keys: [String?] = []
    }
}

/// A chart drawn for a page: its key, its title and its SVG element, every text in it
/// escaped by `MarkupWriter`, so a page may insert `svg` as it is.
public struct RenderedChart: Sendable {
    /// `nature`, `econ`, `unit`, `three-public`, `prior-year`.
    public let key: String
    public let title: String
    /// The `<svg>` element (no XML declaration), bars as `rect.bar` with `data-value`.
    public let svg: String
    /// How many bars the chart draws (one per category and series with a figure).
    public let bars: Int
}

extension ReportFigures {
    /// The report's five charts in the order the report shows them.
    var charts: [ReportChart] { [natureChart, unitChart, threePublicChart, econChart, priorYearChart] }

    /// The report's charts as SVG, drawn from these figures exactly as the HTML report with
    /// `links` draws them (the portal's base-data page shows them, each bar's value a link).
    public func renderedCharts(links: FigureLinks? = nil) -> [RenderedChart] {
        let link = links.map { links in { (key: String) in links.href(key, source: self.source) } }
        return charts.map { chart in
            RenderedChart(
                key: chart.key, title: chart.title, svg: chart.svg(link: link).text,
                bars: ChartLayout(chart).bars.count)
        }
    }

    /// 支出按性质: 基本支出 and 项目支出.
    var natureChart: ReportChart {
        ReportChart(
            key: "nature", title: "\(source.fiscalYear)年支出按性质（万元）", series: ["实际支出"],
            categories: [
                .init(label: "基本支出", values: [expenditure.basic.wan], keys: ["expenditure.basic"]),
                .init(label: "项目支出", values: [expenditure.project.wan], keys: ["expenditure.project"]),
            ])
    }

    /// 支出按经济分类: basic and project per class.
    var econChart: ReportChart {
        var codes = basic.byEcon.map(\.code)
        codes += project.byEcon.map(\.code).filter { !codes.contains($0) }
        let categories = codes.map { code in
            let parts = [basic.byEcon, project.byEcon].map { list in list.first { $0.code == code } }
            return ReportChart.Category(
                label: parts.compactMap { $0?.name }.first ?? code, values: parts.map { $0?.amount.wan },
                keys: ["basic.by_econ.\(code)", "project.by_econ.\(code)"])
        }
        return ReportChart(
            key: "econ", title: "\(source.fiscalYear)年支出按经济分类（万元）", series: ["基本支出", "项目支出"],
            categories: categories)
    }

    /// 基本支出按单位.
    var unitChart: ReportChart {
        ReportChart(
            key: "unit", title: "\(source.fiscalYear)年基本支出按单位（万元）", series: ["基本支出"],
            categories: basic.byUnit.map {
                .init(label: $0.name, values: [$0.amount.wan], keys: ["basic.by_unit.\($0.code)"])
            })
    }

    /// “三公”经费: 年初预算 against 决算, part by part.
    var threePublicChart: ReportChart {
        ReportChart(
            key: "three-public", title: "\(source.fiscalYear)年“三公”经费预算与决算（万元）", series: ["年初预算", "决算"],
            categories: threePublic.parts.map {
                .init(
                    label: Self.threePublicNames[$0.key] ?? $0.key, values: [$0.budget.wan, $0.actual.wan],
                    keys: ["three_public.parts.budget.\($0.key)", "three_public.parts.actual.\($0.key)"])
            })
    }

    /// The base-data rows: last year's actual against this year's.
    var priorYearChart: ReportChart {
        let year = source.fiscalYear
        return ReportChart(
            key: "prior-year", title: "基础数据表：\(year)年与\(year - 1)年决算数（万元）",
            series: ["\(year - 1)年决算数", "\(year)年决算数"],
            categories: baseData.rows.filter { $0.priorActual != nil || $0.actual != nil }.map {
                .init(
                    label: $0.label, values: [$0.priorActual?.wan, $0.actual?.wan],
                    keys: ["base_data.\($0.key).prior_actual", "base_data.\($0.key).actual"])
            })
    }
}

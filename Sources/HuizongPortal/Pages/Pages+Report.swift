import Hummingbird
import HuizongCore
import ReportCheck

extension Pages {
    /// The self-evaluation report's page: its headline figures and notes, the downloads (drafts
    /// when the run is incomplete), the office's prose in a form, the indicator upload and
    /// check-report, with the outcome of the last upload when there is one.
    static func report(
        _ state: ReportState, indicators: IndicatorLoad.Outcome? = nil, check: ReportTextCheck? = nil,
        session: Session
    ) -> Response {
        let query = [("unit", state.node), ("year", String(state.year))]
        let figures = state.figures
        let content = ReportPage(
            node: state.node, year: state.year, nodeName: figures?.source.nodeName,
            run: figures.map { PageLink(PageURL.path("runs", String($0.source.runId)), "#\($0.source.runId)") },
            draft: figures.flatMap { $0.draft ? $0.source.missingUnits.joined(separator: "、") : nil },
            noRun: state.missing?.message(.zh),
            headline: figures.map(headline) ?? [],
            notes: figures?.notes.map { $0.message(.zh) } ?? [], hasNotes: !(figures?.notes.isEmpty ?? true),
            downloads: figures.map { reportDownloads(state.formats, query: query, draft: $0.draft) } ?? [],
            viewHref: figures.map {
                PageURL.path("report", "view", query: query + ($0.draft ? [("draft", "1")] : []))
            },
            basicInfo: state.prose.basicInfo ?? "", performance: state.prose.performance ?? "",
            proseAction: PageURL.path("report", "prose", query: query),
            // The answer to an upload opens at its result, below the forms.
            indicatorsAction: PageURL.path("report", "indicators", query: query) + "#indicator-result",
            checkAction: PageURL.path("report", "check", query: query) + "#check-result",
            indicators: indicators.map(IndicatorResult.init),
            check: check.map(CheckResult.init))
        return page("report", title: "部门整体支出绩效自评报告", session: session, content)
    }

    /// The figures a reader looks at first, as the report prints them.
    private static func headline(_ figures: ReportFigures) -> [ReportPage.Figure] {
        let money: [(String, String, ExportAmount)] = [
            ("income-total", "收入总计", figures.income.total),
            ("expenditure-total", "支出总计", figures.expenditure.total),
            ("basic-actual", "基本支出", figures.basic.actual), ("project-actual", "项目支出", figures.project.actual),
            ("three-public-budget", "“三公”经费预算", figures.threePublic.budget),
            ("three-public-actual", "“三公”经费决算", figures.threePublic.actual),
            ("procurement-actual", "政府采购", figures.procurement.actual),
            ("funds-final", "年度资金全年预算", figures.funds.final), ("funds-actual", "年度资金全年执行", figures.funds.actual),
        ]
        var rows = money.map { ReportPage.Figure(key: $0.0, label: $0.1, value: $0.2.wan, unit: "万元") }
        rows.append(rate("funds-execution-rate", "预算执行率", figures.funds.executionRate))
        rows += figures.costIndicators.map { rate($0.key, $0.name, $0.value) }
        if let evaluation = figures.selfEvaluation {
            rows.append(
                ReportPage.Figure(
                    key: "score", label: "自评得分", value: "\(evaluation.total)", unit: "分（满分 \(evaluation.max)）"))
        }
        return rows
    }

    private static func rate(_ key: String, _ label: String, _ value: String?) -> ReportPage.Figure {
        ReportPage.Figure(key: key, label: label, value: value ?? "—", unit: value == nil ? "由办公室填写" : "%")
    }

    /// `a.download[data-format]` for every format the report is offered in; a draft's are
    /// marked so and ask for `draft=1`.
    private static func reportDownloads(_ formats: [ReportFormat], query: [(String, String)], draft: Bool)
        -> [Download]
    {
        formats.map { format in
            Download(
                format: format.name,
                href: PageURL.path(
                    "api", "reports", query: query + [("format", format.name)] + (draft ? [("draft", "1")] : [])),
                label: format.name.uppercased() + (draft ? "（草稿）" : ""))
        }
    }
}

/// `report.mustache`.
struct ReportPage {
    let node: String
    let year: Int
    let nodeName: String?
    /// The run the figures come from.
    let run: PageLink?
    /// The missing units when the run is incomplete: the report would be a draft.
    let draft: String?
    /// Why there is no report yet (no finished run).
    let noRun: String?
    let headline: [Figure]
    let notes: [String]
    /// Mustache reads stored properties only.
    let hasNotes: Bool
    let downloads: [Pages.Download]
    /// `/report/view`: the HTML report in the browser, its figures linked to their lines.
    let viewHref: String?
    let basicInfo: String
    let performance: String
    let proseAction: String
    let indicatorsAction: String
    let checkAction: String
    let indicators: IndicatorResult?
    let check: CheckResult?

    /// A row of `table#report-figures`.
    struct Figure {
        let key: String
        let label: String
        let value: String
        let unit: String
    }
}

/// `section#indicator-result`: a load of the indicator rows, its findings as the CLI prints
/// them with `--lang zh`.
struct IndicatorResult {
    let accepted: Bool
    let summary: String
    let findings: [Line]
    let hasFindings: Bool

    struct Line {
        let severity: String
        let text: String
    }

    init(_ outcome: IndicatorLoad.Outcome) {
        accepted = outcome.accepted
        summary =
            outcome.accepted
            ? "已载入 \(outcome.rowCount) 行指标（评分版本 \(outcome.edition)）。" : "有错误，未载入任何指标。"
        findings = outcome.findings.map { Line(severity: $0.severity.rawValue, text: $0.line(.zh)) }
        hasFindings = !findings.isEmpty
    }
}

/// `section#check-result`: check-report's findings, the printed figure marked in its sentence.
struct CheckResult {
    let fileName: String
    let summary: String
    let findings: [Row]
    let hasFindings: Bool

    struct Row {
        let code: String
        let severity: String
        let severityLabel: String
        let place: String
        let quote: Quote
        let printed: String
        let expected: String
        let message: String
    }

    init(_ check: ReportTextCheck) {
        fileName = check.fileName
        let counts = [CheckSeverity.error, .warning, .note].map { severity in
            "\(severity.chinese) \(check.findings.filter { $0.severity == severity }.count) 条"
        }
        summary =
            check.findings.isEmpty ? "未发现问题。" : "共 \(check.findings.count) 条：" + counts.joined(separator: "，") + "。"
        findings = check.findings.map { finding in
            Row(
                code: finding.code.rawValue, severity: finding.severity.rawValue,
                severityLabel: finding.severity.chinese, place: "\(finding.paragraph):\(finding.offset)",
                quote: Quote(finding.quotedFigure(in: check.document)), printed: finding.printed,
                expected: finding.expected ?? "", message: finding.message(.zh))
        }
        hasFindings = !findings.isEmpty
    }

    /// The quoted sentence around the figure, which is nil when it could not be placed
    /// (mustache counts an empty string as present).
    struct Quote {
        let before: String
        let figure: String?
        let after: String

        init(_ quoted: QuotedFigure) {
            before = quoted.before
            figure = quoted.figure.isEmpty ? nil : quoted.figure
            after = quoted.after
        }
    }
}

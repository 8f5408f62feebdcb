import Hummingbird
import HuizongCore

extension Pages {
    /// A consolidation run: how it ended, what it found, the warnings' explanations, and the
    /// way to its tables.
    /// While it runs, the page shows `progress` (the stage this process's run is at) and
    /// reloads itself every `refreshSeconds`.
    static func run(_ run: RunDetail, progress: PipelineRunner.Progress? = nil, session: Session) -> Response {
        let (outcomeClass, outcome): (String, String)
        let words = run.outcome.chinese
        switch run.outcome {
        case .complete: (outcomeClass, outcome) = ("ok", "\(words)：数据完整")
        case .incomplete:
            (outcomeClass, outcome) = ("warning", "\(words)：以下单位尚无有效报送：\(run.missing.joined(separator: "、"))")
        case .failed: (outcomeClass, outcome) = ("error", "\(words)（\(run.errors) 个错误），结果未发布")
        case .abandoned: (outcomeClass, outcome) = ("error", "\(words)：运行未结束即停止，结果未发布")
        case .running:
            let stage =
                progress.map { "：第 \($0.ordinal + 1)/\($0.count) 步 \($0.stage)" }
                ?? (run.stages.isEmpty ? "" : "：已完成 \(run.stages.map(\.name).joined(separator: "、"))")
            (outcomeClass, outcome) = ("running", "\(words)\(stage)")
        }
        let running = run.outcome == .running
        let query: KeyValuePairs = ["unit": run.node, "year": String(run.year)]
        let content = RunPage(
            node: run.node, year: run.year, startedAt: OfficeTime.office.page(run.startedAt), exitCode: run.exitCode,
            status: run.outcome.rawValue, running: running, outcomeClass: outcomeClass, outcome: outcome,
            warnings: run.warnings,
            baseDataHref: PageURL.path("base-data", query: query), totalsHref: PageURL.path("totals", query: query),
            statusHref: PageURL.path("status", query: query),
            reportHref: session.account.role == .accountant ? nil : PageURL.path("report", query: query),
            findings: run.findings.map { finding in
                RunPage.Finding(
                    unit: finding.unit ?? "", location: finding.cell ?? finding.line.map { "第 \($0) 行" } ?? "",
                    rule: finding.name(.zh), severity: Labels.severity(finding.severity),
                    expected: finding.expected(.zh), found: finding.found(.zh))
            },
            moreFindings: run.moreFindings > 0 ? run.moreFindings : nil,
            explanations: run.explanations.map { entry in
                let finding = entry.finding
                return RunPage.Explained(
                    unit: finding.unit ?? "", finding: finding.id ?? "",
                    submission: finding.submission.map { PageLink(PageURL.path("submissions", String($0)), "#\($0)") },
                    location: finding.cell ?? finding.line.map { "第 \($0) 行" } ?? "", rule: finding.name(.zh),
                    found: finding.found(.zh), explanation: ExplanationCell(entry.explanation, year: run.year))
            },
            explanationTotal: run.explanations.count + run.moreExplanations,
            moreExplanations: run.moreExplanations > 0 ? run.moreExplanations : nil)
        return page(
            "run", title: "汇总运行 #\(run.id)", session: session, refresh: running ? refreshSeconds : nil, content)
    }
}

extension Pages {
    /// How often a running run's page reloads itself.
    static let refreshSeconds = 2
}

/// `run.mustache`.
struct RunPage {
    let node: String
    let year: Int
    let startedAt: String
    let exitCode: Int
    /// `RunOutcome`'s raw value (`data-outcome`).
    let status: String
    let running: Bool
    let outcomeClass: String
    let outcome: String
    let warnings: Int
    let baseDataHref: String
    let totalsHref: String
    let statusHref: String
    /// The self-evaluation report's page, for the office and admin.
    let reportHref: String?
    let findings: [Finding]
    let hasFindings: Bool
    /// How many findings are not listed; nil when all are.
    let moreFindings: Int?
    /// `table#run-explanations`: the run's warnings with their explanations and decisions.
    let explanations: [Explained]
    let hasExplanations: Bool
    let explanationTotal: Int
    let moreExplanations: Int?

    init(
        node: String, year: Int, startedAt: String, exitCode: Int, status: String, running: Bool,
        outcomeClass: String, outcome: String,
        warnings: Int, baseDataHref: String, totalsHref: String, statusHref: String, reportHref: String?,
        findings: [Finding],
        moreFindings: Int?, explanations: [Explained], explanationTotal: Int, moreExplanations: Int?
    ) {
        self.node = node
        self.year = year
        self.startedAt = startedAt
        self.exitCode = exitCode
        self.status = status
        self.running = running
        self.outcomeClass = outcomeClass
        self.outcome = outcome
        self.warnings = warnings
        self.baseDataHref = baseDataHref
        self.totalsHref = totalsHref
        self.statusHref = statusHref
        self.reportHref = reportHref
        self.findings = findings
        self.hasFindings = !findings.isEmpty
        self.moreFindings = moreFindings
        self.explanations = explanations
        self.hasExplanations = !explanations.isEmpty
        self.explanationTotal = explanationTotal
        self.moreExplanations = moreExplanations
    }

    /// A row of `table#run-findings`.
    struct Finding {
        let unit: String
        let location: String
        let rule: String
        let severity: String
        let expected: String
        let found: String
    }

    /// A row of `table#run-explanations`.
    struct Explained {
        let unit: String
        let finding: String
        let submission: PageLink?
        let location: String
        let rule: String
        let found: String
        let explanation: ExplanationCell
    }
}

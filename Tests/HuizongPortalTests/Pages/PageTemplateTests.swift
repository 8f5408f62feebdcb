import Foundation
import ReportCheck
@testable import HuizongCore
import Testing

@testable import HuizongPortal

/// Every page template with hostile text in every slot that takes text: each value shows,
/// escaped, and nothing of it is left raw.
@Suite struct PageTemplateTests {
    let hostile = HostileText()

    /// A session of `role` whose account name, unit and CSRF token are hostile.
    func session(_ role: AccountStore.Role) -> Session {
        Session(
            id: "id", account: AccountStore.Account(name: hostile.next(), role: role, unitCode: hostile.next()),
            csrf: hostile.next(), lastSeen: Date(), created: Date())
    }

    /// Renders `content` through `template` and checks the escaping.
    @discardableResult func render(
        _ template: String, _ content: Any, role: AccountStore.Role? = .office, except skipped: Set<String> = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        let frame = Frame(title: hostile.next(), session: role.map(session))
        let html = PageTemplates.render(PageModel(frame: frame, content: content), with: template)
        #expect(html.hasPrefix("<!DOCTYPE html>"), sourceLocation: sourceLocation)
        #expect(html.hasSuffix("</main></body></html>"), sourceLocation: sourceLocation)
        #expect(!html.contains("<script"), sourceLocation: sourceLocation)
        #expect(!html.contains(#""'"#), "a raw quote", sourceLocation: sourceLocation)
        #expect(hostile.missing(in: html, except: skipped) == [], sourceLocation: sourceLocation)
        return html
    }

    func link() -> PageLink { PageLink(hostile.next(), hostile.next()) }

    @Test("every template file parses; each page is a template")
    func library() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: PageTemplates.directory.path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        for page in [
            "layout", "header", "csrf", "style", "error", "login", "upload", "history", "status", "audit", "admin",
            "base-data", "totals", "run", "submission", "findings", "explanation-cell", "explain-form", "decide-form",
            "downloads", "figure", "figure-link", "report",
        ] {
            #expect(names.contains(page), "\(page).mustache")
            #expect(PageTemplates.library.getTemplate(named: page) != nil, "\(page)")
        }
    }

    @Test("the frame: signed out, and signed in with the navigation of each role and the sign-out form")
    func frame() {
        let out = render("error", ErrorPage(message: hostile.next(), signInLink: true), role: nil)
        #expect(out.contains(#"<header><span class="brand">汇总 · 预算单位数据报送</span></header>"#))
        #expect(out.contains(#"<p><a href="/login">登录</a></p>"#))
        #expect(!out.contains("logout"))
        let office = render("error", ErrorPage(message: hostile.next(), signInLink: false))
        #expect(office.contains(#"<nav><a href="/status">报送情况</a> <a href="/history">提交记录</a>"#))
        #expect(office.contains(#"<a href="/audit">审计日志</a></nav>"#))
        #expect(
            office.contains(
                #"<form id="logout" method="post" action="/logout"><input type="hidden" name="csrf" value=""#))
        #expect(!office.contains(#"href="/login""#))
        let accountant = render("login", LoginPage(refusal: nil), role: .accountant)
        #expect(accountant.contains(#"<nav><a href="/">上传报表</a> <a href="/history">提交记录</a></nav>"#))
        #expect(accountant.contains("（单位会计 "))
        #expect(!accountant.contains(#"class="error""#))
        #expect(
            PageTemplates.render(
                PageModel(frame: Frame(title: "t", session: nil), content: LoginPage(refusal: "x")), with: "login"
            ).contains(#"<p class="error">x</p>"#))
    }

    @Test("upload, history (empty and not), admin")
    func simplePages() {
        render("upload", UploadPage(unit: hostile.next(), year: 2024, templateHref: hostile.next()), role: .accountant)
        let empty = render("history", HistoryPage(unit: hostile.next(), rows: []))
        #expect(!empty.contains("<table"))
        let row = HistoryPage.Row(
            id: 7, href: hostile.next(), unitCode: hostile.next(), year: 2024, version: 2, fileName: hostile.next(),
            status: hostile.next(), statusLabel: hostile.next(), review: hostile.next(), uploadedBy: hostile.next(),
            uploadedAt: hostile.next(), rawHref: hostile.next())
        let unit = hostile.next()
        let history = render("history", HistoryPage(unit: unit, rows: [row]), except: [unit])
        #expect(history.contains(#"<table id="history">"#))
        render(
            "admin",
            AdminPage(
                units: [AdminPage.Unit(code: hostile.next(), name: hostile.next(), parent: hostile.next())],
                accounts: [AdminPage.Account(name: hostile.next(), role: hostile.next(), unit: hostile.next())],
                roles: [AdminPage.Role(value: hostile.next(), label: hostile.next())]), role: .admin)
    }

    @Test("status with and without a run, and the audit log")
    func statusAndAudit() {
        func unit(approved: Bool) -> StatusPage.Unit {
            StatusPage.Unit(
                code: hostile.next(), name: hostile.next(), state: hostile.next(), stateLabel: hostile.next(),
                acceptedVersion: hostile.next(), review: hostile.next(), newest: approved ? link() : nil,
                unlockable: approved)
        }
        var run = RunDetail(
            id: 3, node: "401", year: 2024, status: "succeeded", complete: true, missing: [], errors: 0, warnings: 1,
            startedAt: Date(timeIntervalSince1970: 1_679_298_600), findings: [], moreFindings: 0)
        run.explanations = []
        let page = render(
            "status",
            StatusPage(
                node: hostile.next(), year: 2024, inForce: 1, unitCount: 2,
                units: [unit(approved: true), unit(approved: false)],
                latestRun: StatusPage.LatestRun(run), baseDataHref: hostile.next(), totalsHref: hostile.next(),
                historyHref: hostile.next()))
        #expect(page.contains(#"<p id="latest-run">最近一次汇总：<a href="/runs/3">#3</a>"#))
        #expect(page.contains("（2023年3月20日 15:50，完成，"))
        #expect(page.components(separatedBy: #"<form class="unlock""#).count == 2)
        let none = render(
            "status",
            StatusPage(
                node: hostile.next(), year: 2024, inForce: 0, unitCount: 0, units: [], latestRun: nil,
                baseDataHref: hostile.next(), totalsHref: hostile.next(), historyHref: hostile.next()))
        #expect(none.contains(#"<p id="latest-run">本年度尚未汇总。</p>"#))
        render(
            "audit",
            AuditPage(entries: [
                AuditPage.Entry(
                    at: hostile.next(), actor: hostile.next(), action: hostile.next(), actionLabel: hostile.next(),
                    unit: hostile.next(), submission: link(), detail: hostile.next())
            ]))
    }

    @Test("base-data and totals with their downloads")
    func exports() {
        func downloads() -> [Pages.Download] {
            (0..<2).map { _ in Pages.Download(format: hostile.next(), href: hostile.next(), label: hostile.next()) }
        }
        let base = render(
            "base-data",
            BaseDataPage(
                nodeName: hostile.next(), nodeCode: hostile.next(), year: 2024, runId: 9, missingUnits: hostile.next(),
                staffing: BaseDataPage.Staffing(
                    authorized: figure(), inService: figure(), controlRate: hostile.next()),
                rows: [
                    BaseDataPage.Row(
                        label: hostile.next(), priorActual: figure(), budgetFinal: figure(),
                        actual: BaseDataPage.Figure(text: hostile.next(), href: nil))
                ],
                // The SVG is the core's escaped markup, inserted as it is; its key is escaped.
                charts: [BaseDataPage.Chart(key: hostile.next(), title: "", svg: #"<svg id="s"></svg>"#, bars: 2)],
                hasCharts: true, downloads: downloads()))
        #expect(base.contains("</a> · <a class=\"download\""))
        #expect(base.contains(#"data-bars="2"><svg id="s"></svg></figure>"#))
        #expect(base.contains(#"<a class="figure" href=""#))
        render(
            "totals",
            TotalsPage(
                tabs: [link(), link()],
                rows: [
                    TotalsPage.Row(
                        code: hostile.next(), name: hostile.next(), basic: hostile.next(), project: hostile.next(),
                        total: hostile.next())
                ],
                downloads: downloads()))
    }

    func figure() -> BaseDataPage.Figure { BaseDataPage.Figure(text: hostile.next(), href: hostile.next()) }

    @Test("a figure's units and one unit's lines", arguments: [true, false])
    func figure(balanced: Bool) {
        func unit(chosen: Bool) -> FigurePage.Unit {
            FigurePage.Unit(
                code: hostile.next(), name: hostile.next(), shown: hostile.next(), exact: hostile.next(), lines: 3,
                href: hostile.next(), chosen: chosen)
        }
        let line = {
            FigurePage.Line(
                file: hostile.next(), place: hostile.next(), section: hostile.next(), item: hostile.next(),
                funcCode: hostile.next(), econCode: hostile.next(), project: hostile.next(), column: hostile.next(),
                amount: hostile.next(), eliminated: !balanced)
        }
        let html = render(
            "figure",
            FigurePage(
                nodeName: hostile.next(), nodeCode: hostile.next(), year: 2022, runId: 4, key: hostile.next(),
                label: hostile.next(), figure: hostile.next(), measure: hostile.next(), balanced: balanced,
                money: true, units: [unit(chosen: true), unit(chosen: false)],
                total: FigurePage.Unit(
                    code: "", name: "合计", shown: hostile.next(), exact: hostile.next(), lines: 6, href: "",
                    chosen: false),
                lines: FigurePage.Lines(
                    code: hostile.next(), name: hostile.next(), rows: [line(), line()], shown: 2, count: 3, more: 2)),
        )
        #expect(html.contains(#"<table id="figure-lines""#))
        #expect(html.contains(balanced ? "各单位合计与之相等" : "与之不符"))
    }

    func explanationCell(decided: Bool) -> ExplanationCell {
        ExplanationCell(
            Explanation(
                id: 1, submission: 2, finding: "key", text: hostile.next(), writtenBy: hostile.next(),
                writtenAt: hostile.next(), origin: nil,
                decision: decided
                    ? Explanation.Decision(
                        verdict: .rejected, comment: hostile.next(), decidedBy: hostile.next(),
                        decidedAt: hostile.next())
                    : nil),
            year: 2024)
    }

    @Test("a submission: findings with explanations, both forms, the office's forms")
    func submission() {
        var skipped: Set<String> = []
        func finding(_ cells: SubmissionPage.WarningCells?) -> SubmissionPage.Finding {
            SubmissionPage.Finding(
                findingKey: hostile.next(), location: hostile.next(), column: hostile.next(), rule: hostile.next(),
                severityClass: hostile.next(), severity: hostile.next(), expected: hostile.next(),
                found: hostile.next(),
                warningCells: cells, blankCells: cells == nil)
        }
        let decided = explanationCell(decided: true)
        let pending = explanationCell(decided: false)
        let explain = ExplainForm(
            action: hostile.next(), finding: hostile.next(),
            offered: ExplainForm.Offered(id: 5, origin: hostile.next(), note: hostile.next()), prefill: hostile.next(),
            button: hostile.next())
        let findings = [
            finding(SubmissionPage.WarningCells(explanation: decided, explainForm: explain, decideForm: nil)),
            finding(
                SubmissionPage.WarningCells(
                    explanation: pending, explainForm: nil, decideForm: DecideForm(action: hostile.next()))),
            finding(nil),
        ]
        skipped.insert(findings[2].findingKey!)  // not a warning
        let page = render(
            "submission",
            SubmissionPage(
                unit: hostile.next(), year: hostile.next(), version: hostile.next(), fileName: hostile.next(),
                uploadedBy: hostile.next(), uploadedAt: hostile.next(), rawHref: hostile.next(),
                statusClass: hostile.next(),
                status: hostile.next(), statusLabel: hostile.next(), reviewState: hostile.next(),
                reviewText: hostile.next(),
                reviewedAt: hostile.next(), findings: findings, hasFindings: true, findingCount: 3,
                withExplanations: true,
                officeForms: SubmissionPage.OfficeForms(
                    unexplainedCount: 2, approveAction: hostile.next(), returnAction: hostile.next())),
            except: skipped)
        #expect(page.contains(#"<p id="unexplained" class="warning" data-count="2">"#))
        #expect(page.contains(#"<div class="decision-pending">待财务科审定</div>"#))
        #expect(page.contains(#"<td></td><td></td></tr>"#))
        #expect(page.contains(#"<input type="hidden" name="offer" value="5">"#))
        #expect(
            page.components(separatedBy: #"name="csrf" value=""#).count == 6,
            "sign-out, explain, decide, approve, return")
    }

    @Test("a submission without findings, for the accountant")
    func noFindings() {
        let page = render(
            "submission",
            SubmissionPage(
                unit: hostile.next(), year: "2024", version: "1", fileName: hostile.next(), uploadedBy: hostile.next(),
                uploadedAt: hostile.next(), rawHref: hostile.next(), statusClass: "ok", status: "accepted",
                statusLabel: "已接受", reviewState: "none", reviewText: "未审核", reviewedAt: nil, findings: [],
                hasFindings: false, findingCount: 0, withExplanations: false, officeForms: nil), role: .accountant)
        #expect(page.contains(#"<p id="no-findings" class="ok">未发现问题。</p>"#))
        #expect(page.contains(#"<span id="review-state" data-state="none">未审核</span></p>"#))
        #expect(!page.contains("<form id=\"approve\""))
    }

    @Test("a run: findings, the warnings' explanations, the counts of what is not listed")
    func run() {
        let page = render(
            "run",
            RunPage(
                node: hostile.next(), year: 2024, startedAt: hostile.next(), exitCode: 3, status: hostile.next(),
                running: false,
                outcomeClass: hostile.next(),
                outcome: hostile.next(), warnings: 1, baseDataHref: hostile.next(), totalsHref: hostile.next(),
                statusHref: hostile.next(), reportHref: hostile.next(),
                findings: [
                    RunPage.Finding(
                        unit: hostile.next(), location: hostile.next(), rule: hostile.next(), severity: hostile.next(),
                        expected: hostile.next(), found: hostile.next())
                ], moreFindings: 4,
                explanations: [
                    RunPage.Explained(
                        unit: hostile.next(), finding: hostile.next(), submission: link(), location: hostile.next(),
                        rule: hostile.next(), found: hostile.next(), explanation: explanationCell(decided: true))
                ], explanationTotal: 8, moreExplanations: 7))
        #expect(page.contains("<p>另有 4 条未列出。</p>") && page.contains("<p>另有 7 条未列出。</p>"))
        #expect(page.contains("<h2>警告的审核说明（8）</h2>"))
    }

    @Test("the report: figures, notes, draft downloads, the prose, an indicator load and a check")
    func report() {
        let file = hostile.next()
        let finding = Finding(
            .indicatorDuplicate, file: file, line: 5, column: "indicator",
            args: ["indicator": .text(hostile.next()), "first": .text(hostile.next())], cell: hostile.next())
        let edition = hostile.next()
        let indicators = IndicatorResult(
            IndicatorLoad.Outcome(setId: nil, rowCount: 3, edition: edition, findings: [finding]))
        let quote = hostile.next()
        let check = CheckResult(
            ReportTextCheck(
                fileName: hostile.next(), document: ReportDocument(paragraphs: []),
                findings: [
                    CheckFinding(
                        code: .blankFigure, paragraph: 3, offset: 7, quote: quote, printed: hostile.next(),
                        expected: hostile.next(), args: ["unit": .text(hostile.next())])
                ]))
        let page = render(
            "report",
            ReportPage(
                node: hostile.next(), year: 2024, nodeName: hostile.next(), run: link(), draft: hostile.next(),
                noRun: hostile.next(),
                headline: [
                    ReportPage.Figure(
                        key: hostile.next(), label: hostile.next(), value: hostile.next(), unit: hostile.next())
                ],
                notes: [hostile.next()], hasNotes: true,
                downloads: [Pages.Download(format: hostile.next(), href: hostile.next(), label: hostile.next())],
                viewHref: hostile.next(), basicInfo: hostile.next(), performance: hostile.next(),
                proseAction: hostile.next(),
                indicatorsAction: hostile.next(), checkAction: hostile.next(), indicators: indicators, check: check),
            except: [edition])
        #expect(!page.contains("<mark>"), "a figure not placed in its quote is not marked")
        #expect(page.contains("<td class=\"quote\">\(HostileText.escaped(quote))</td>"))
        #expect(page.contains(#"<section id="indicator-result" data-accepted="false">"#))
        #expect(page.contains("共 1 条：错误 1 条，警告 0 条，提示 0 条。"))
    }
}

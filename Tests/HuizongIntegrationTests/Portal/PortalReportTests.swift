import Foundation
import HuizongCore
import Testing

/// The self-evaluation report in the portal, in-process: the page, downloads byte-identical to
/// `huizong report … -o`, drafts of an incomplete run, the prose form, the indicator upload and
/// check-report, their CSRF refusals, and 404 for an accountant on every route.
@Suite("portal report") struct PortalReportTests {
    static let query = "unit=401&year=2022"

    /// The page's CSRF field, for a browser signed in through the form.
    static func csrf(_ client: PortalTestClient) async throws -> String {
        let page = try await client.request("GET", "/report?\(query)")
        try #require(page.status == 200, "\(page.status) \(page.text)")
        return try #require(PortalReviewTests.csrf(in: page.text))
    }

    /// `huizong report` with `arguments`, written with -o and read back.
    static func cli(_ arguments: [String], _ fixture: PortalFixture) throws -> Data {
        let file = try HuizongBinary.temporaryDirectory().appendingPathComponent("report")
        let result = try HuizongBinary.run(arguments + ["-o", file.path], database: fixture.db)
        try #require(result.status == 0, "\(result.stderr)")
        return try Data(contentsOf: file)
    }

    @Test("the page and every download of the reference department, byte-identical to huizong report -o")
    func downloads() async throws {
        try await PortalFixture.run(demo: true) { fixture in
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/report?\(Self.query)")
            #expect(page.status == 200)
            #expect(
                page.text.contains(#"<tr data-figure="expenditure-total"><td>支出总计</td><td class="amount">3708.44</td>"#)
            )
            #expect(
                page.text.contains(
                    #"<tr data-figure="public_funds_control_rate"><td>公用经费控制率</td><td class="amount">100.00</td><td>%</td></tr>"#
                ))
            #expect(page.text.contains(#"<tr data-figure="score"><td>自评得分</td><td class="amount">99</td>"#))
            #expect(page.text.contains("<li>基本支出按经济科目划分：各项按万元四舍五入，合计与总额相差0.01万元（各项合计2858.41万元，总额2858.40万元）。</li>"))
            #expect(!page.text.contains("report-draft"))
            #expect(
                page.text.contains(
                    #"<form id="report-check" class="block" method="post" action="/report/check?unit=401&amp;year=2022#check-result" enctype="multipart/form-data">"#
                ))
            let admin = try await fixture.browser("admin")
            #expect(try await admin.request("GET", "/report?\(Self.query)").status == 200)
            #expect(try await admin.request("GET", "/api/reports?\(Self.query)&format=md").status == 200)
            for format in ["json", "md", "docx", "html", "xlsx"] {
                let href = "/api/reports?\(Self.query)&format=\(format)"
                #expect(
                    page.text.contains(
                        #"<a class="download" data-format="\#(format)" href="\#(href.replacingOccurrences(of: "&", with: "&amp;"))">"#
                    ))
                let answer = try await office.request("GET", href)
                #expect(answer.status == 200, "\(format): \(answer.text)")
                // The portal's HTML links its figures to its own /figures pages.
                let cli = try Self.cli(
                    ["report", "--unit", "401", "--year", "2022", "--format", format]
                        + (format == "html" ? ["--figure-links", "/"] : []), fixture)
                #expect(answer.body == cli, "\(format)")
                #expect(
                    answer.headers["content-disposition"]
                        == #"attachment; filename="report-401-2022.\#(format)"; filename*=UTF-8''report-401-2022.\#(format)"#
                )
            }
            let json = try await office.request("GET", "/api/reports?\(Self.query)")
            #expect(json.headers["content-type"] == "application/json; charset=utf-8")
            let bad = try await office.request("GET", "/api/reports?\(Self.query)&format=odt")
            #expect(bad.status == 400)
            let offered = LibreOffice.available ? "json、md、docx、pdf、html 或 xlsx" : "json、md、docx、html 或 xlsx"
            #expect(
                bad.text
                    == #"{"code":"invalid_parameter","error":"参数 format 应为 \#(offered)，"#
                    + #"收到的是“odt”。"}"#)
        }
    }

    @Test("the HTML report's every figure link answers 200 on /figures with the linked number as its figure")
    func figureLinks() async throws {
        try await PortalFixture.run(demo: true) { fixture in
            let office = try await fixture.browser("office401")
            let html = try await office.request("GET", "/api/reports?\(Self.query)&format=html")
            try #require(html.status == 200)
            let page = try await office.request("GET", "/report?\(Self.query)")
            #expect(page.text.contains(#"<a id="report-view" href="/report/view?unit=401&amp;year=2022">"#))
            let view = try await office.request("GET", "/report/view?\(Self.query)")
            #expect(view.status == 200)
            #expect(view.headers["content-type"] == "text/html; charset=utf-8")
            #expect(view.headers["content-disposition"] == nil, "shown, not saved")
            #expect(view.body == html.body)
            let links = ReportDocumentTests.figureLinks(html.text)
            #expect(links.count >= 80, "\(links.count) links")
            var checked: [String: String] = [:]
            var unbalanced: [String] = []
            for link in links {
                let href = link.href.replacingOccurrences(of: "&amp;", with: "&")
                #expect(href.hasPrefix("/figures?unit=401&year=2022&run="), "\(href)")
                if let shown = checked[href] {
                    #expect(shown == link.text, "\(link.key): one key, one number")
                    continue
                }
                let page = try await office.request("GET", href)
                #expect(page.status == 200, "\(href): \(page.status)")
                let figure = page.text.firstMatch(
                    of:
                        #/<p id="figure-value" data-key="([^"]*)" data-balanced="(true|false)">[^<]*<strong>([^<]*)</strong>/#
                )
                #expect(figure?.1 == link.key[...], "\(href)")
                #expect(
                    figure?.3 == link.text[...],
                    "\(link.key): the page's \(figure?.3 ?? "nothing"), linked \(link.text)")
                if figure?.2 != "true" { unbalanced.append(link.key) }
                checked[href] = link.text
            }
            #expect(unbalanced.isEmpty, "units do not add up to: \(unbalanced)")
            // The charts' bars link to figures the text links too, with the same number.
            let bars = ReportDocumentTests.chartLinks(html.text)
            #expect(bars.count >= 50, "\(bars.count) bar links")
            for bar in bars {
                let href = bar.href.replacingOccurrences(of: "&amp;", with: "&")
                #expect(checked[href] == bar.text, "\(bar.key): bar \(bar.text), text \(checked[href] ?? "no link")")
            }
            print("report HTML: \(links.count) figure links, \(checked.count) distinct /figures pages, all 200")
        }
    }

    @Test("an incomplete run: the page says the report would be a draft and offers draft downloads")
    func draft() async throws {
        try await PortalFixture.run { fixture in
            let accountant = try await fixture.client("a401001")
            _ = try await accountant.upload(
                PortalFixture.file("401001"), name: "401001.csv", unit: "401001", year: 2022)
            let api = try await fixture.client("office401")
            let run = try await api.request("POST", "/api/runs", json: ["unit": "401", "year": 2022], token: true)
            let outcome = try await api.finishedRun(try #require(try run.json()["run"] as? Int))
            #expect(outcome["exit"] as? Int == 3)
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/report?\(Self.query)")
            #expect(page.text.contains(#"<p id="report-draft" class="warning">该次汇总不完整（缺少单位：401002），报告只能作为草稿"#))
            #expect(
                page.text.contains(
                    #"data-format="md" href="/api/reports?unit=401&amp;year=2022&amp;format=md&amp;draft=1">MD（草稿）</a>"#
                ))
            let refused = try await office.request("GET", "/api/reports?\(Self.query)&format=md")
            #expect(refused.status == 400)
            #expect(try refused.json()["code"] as? String == "report_run_incomplete")
            for format in ["json", "md", "docx", "html", "xlsx"] {
                let answer = try await office.request("GET", "/api/reports?\(Self.query)&format=\(format)&draft=1")
                #expect(answer.status == 200, "\(format)")
                let cli = try Self.cli(
                    ["report", "--unit", "401", "--year", "2022", "--draft", "--format", format]
                        + (format == "html" ? ["--figure-links", "/"] : []), fixture)
                #expect(answer.body == cli, "\(format)")
                #expect(
                    answer.headers["content-disposition"]?.contains(#"filename="report-401-2022-draft.\#(format)""#)
                        == true)
            }
            #expect(
                try await office.request("GET", "/runs/\(outcome["run"] as? Int ?? 0)").text.contains(
                    #"<a id="report-link" href="/report?unit=401&amp;year=2022">自评报告</a>"#))
        }
    }

    @Test("the prose: saved from the form, escaped on the page, in the report, audited; CSRF refused")
    func prose() async throws {
        try await PortalFixture.run { fixture in
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/report?\(Self.query)")
            #expect(page.text.contains(#"<p id="report-no-run" class="warning">"#), "no run yet: the page still serves")
            let csrf = try Self.csrfField(page.text)
            let text = "（一）部门职能\r\n<script>alert(1)</script> & “主要职责”"
            let refused = try await office.request(
                "POST", "/report/prose?\(Self.query)", form: ["basic_info": text, "performance": "六、"])
            #expect(refused.status == 403)
            #expect(try fixture.db.scalar("select count(*) from report.prose") == "0")
            let saved = try await office.request(
                "POST", "/report/prose?\(Self.query)",
                form: ["csrf": csrf, "basic_info": text, "performance": "六、绩效\r\n"])
            #expect(saved.status == 303)
            #expect(saved.headers["location"] == "/report?unit=401&year=2022")
            let stored = try ReportProse.load(node: "401", year: 2022, connection: fixture.db.connection)
            #expect(stored.basicInfo == "（一）部门职能\n<script>alert(1)</script> & “主要职责”")
            #expect(stored.performance == "六、绩效\n")
            let after = try await office.request("GET", "/report?\(Self.query)").text
            #expect(after.contains("（一）部门职能\n&lt;script&gt;alert(1)&lt;/script&gt; &amp; “主要职责”</textarea>"))
            #expect(!after.contains("<script>"))
            let cli = try HuizongBinary.run(
                ["report", "prose", "--unit", "401", "--year", "2022", "--part", "basic-info"], database: fixture.db)
            #expect(cli.stdout == "（一）部门职能\n<script>alert(1)</script> & “主要职责”\n")
            #expect(
                try fixture.db.scalar(
                    "select actor || ' ' || action || ' ' || detail from portal.audit_log where action like 'report%'")
                    == "office401 report.prose 2022: basic_info, performance")
            let unchanged = try await office.request(
                "POST", "/report/prose?\(Self.query)",
                form: ["csrf": csrf, "basic_info": text, "performance": ""])
            #expect(unchanged.status == 303)
            #expect(try fixture.db.scalar("select count(*) from report.prose") == "2", "nothing new, nothing stored")
            let audit = try await office.request("GET", "/audit?unit=401").text
            #expect(audit.contains(#"<td class="action" data-action="report.prose">修改自评报告文字</td>"#))
        }
    }

    static func csrfField(_ html: String) throws -> String {
        try #require(PortalReviewTests.csrf(in: html))
    }

    /// The reference department's 26 indicator rows as a workbook, with `bad` replacing cells
    /// (by row and column, 1-based, the header being row 1).
    static func indicatorWorkbook(_ bad: [Int: [Int: String]]) throws -> Data {
        let csv = try String(
            contentsOf: TestDatabase.files.root.appendingPathComponent(
                "samples/reference-department/401-2022-indicators.csv"), encoding: .utf8)
        var rows = ""
        for (index, line) in csv.split(separator: "\n").enumerated() {
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            for (column, text) in bad[index + 1] ?? [:] { cells[column - 1] = text }
            rows += WorkbookFixture.row(index + 1, cells)
        }
        let file = try HuizongBinary.temporaryDirectory().appendingPathComponent("自评表.xlsx")
        try WorkbookFixture.write(to: file, sheetName: "自评表", sheet: WorkbookFixture.sheetXML(rows))
        return try Data(contentsOf: file)
    }

    @Test("the indicator workbook: a bad cell's finding exactly as the CLI gives it in Chinese; a good one loads")
    func indicators() async throws {
        try await PortalFixture.run(demo: true) { fixture in
            let office = try await fixture.browser("office401")
            let csrf = try await Self.csrf(office)
            let bad = try Self.indicatorWorkbook([2: [7: "5"]])
            let sets = try fixture.db.scalar("select count(*) from report.indicator_set")
            let refused = try await office.multipart(
                "/report/indicators?\(Self.query)", fields: [:], file: ("自评表.xlsx", bad))
            #expect(refused.status == 403)
            let answer = try await office.multipart(
                "/report/indicators?\(Self.query)", fields: ["csrf": csrf], file: ("自评表.xlsx", bad))
            #expect(answer.status == 200)
            #expect(answer.text.contains(#"<section id="indicator-result" data-accepted="false">"#))
            #expect(answer.text.contains(#"<p class="error">有错误，未载入任何指标。</p>"#))
            #expect(
                answer.text.contains(
                    #"<li class="error">错误：自评表.xlsx: 自评表!G2：得分列：【绩效指标】应为不超过分值 4 的得分；实际为5</li>"#))
            #expect(try fixture.db.scalar("select count(*) from report.indicator_set") == sets, "nothing loaded")
            // The same file through the CLI, named alike: the page lists its lines, no more, no less.
            let file = try HuizongBinary.temporaryDirectory().appendingPathComponent("自评表.xlsx")
            try bad.write(to: file)
            let cli = try HuizongBinary.run(
                ["report", "indicators", file.path, "--unit", "401", "--year", "2022", "--lang", "zh"],
                database: fixture.db)
            #expect(cli.status == 1)
            let lines = cli.stdout.split(separator: "\n").dropLast().map { HostileTextEscaping.escaped(String($0)) }
            let listed = Self.items(in: answer.text, list: "indicator-findings")
            #expect(listed == lines)
            #expect(lines.count >= 1)

            let good = try Self.indicatorWorkbook([:])
            let loaded = try await office.multipart(
                "/report/indicators?\(Self.query)", fields: ["csrf": csrf], file: ("自评表.xlsx", good))
            #expect(loaded.text.contains(#"<p class="ok">已载入 26 行指标（评分版本 yiyang-2022）。</p>"#))
            #expect(
                try fixture.db.scalar("select written_by from report.indicator_set order by id desc limit 1")
                    == "office401")
            #expect(
                try fixture.db.scalar("select detail from portal.audit_log where action = 'report.indicators'")
                    == "2022: 自评表.xlsx, 26 rows, edition yiyang-2022")
        }
    }

    /// The texts of the `<li>` items of `ul#list`.
    static func items(in html: String, list: String) -> [String] {
        guard let start = html.range(of: #"<ul id="\#(list)">"#), let end = html[start.upperBound...].range(of: "</ul>")
        else { return [] }
        return html[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
            guard let open = line.range(of: "\">"), line.hasSuffix("</li>") else { return nil }
            return String(line[open.upperBound...].dropLast("</li>".count))
        }
    }

    @Test("check-report: the reference report gives the 0.01 note and the 98 % warning; the file is not kept")
    func checkReport() async throws {
        try await PortalFixture.run(demo: true) { fixture in
            let office = try await fixture.browser("office401")
            let csrf = try await Self.csrf(office)
            let text = try Data(contentsOf: CheckReportDataTests.reference)
            let refused = try await office.multipart(
                "/report/check?\(Self.query)", fields: [:], file: ("2022-self-evaluation-report.txt", text))
            #expect(refused.status == 403)
            let answer = try await office.multipart(
                "/report/check?\(Self.query)", fields: ["csrf": csrf],
                file: ("2022-self-evaluation-report.txt", text))
            #expect(answer.status == 200)
            let rows = answer.text.split(separator: "\n").filter { $0.hasPrefix(#"<tr class="check-finding""#) }
            #expect(rows.count == 2)
            #expect(
                rows.first
                    == #"<tr class="check-finding" data-code="sum_rounding" data-severity="note"><td><span class="note">提示</span></td><td>33:25</td><td class="quote">按照经济科目划分，各项支出金额分别为：工资福利支出<mark>1776.59万元</mark>，商品和服务支出318.19万元，对个人和家庭补助支出760.1万元，资本性支出3.53万元。</td><td>2858.4万元</td><td>2858.41万元</td><td>各分项 1776.59万元 + 318.19万元 + 760.1万元 + 3.53万元 合计为 2858.41万元，与总数 2858.4万元 相差 0.01万元，在 5 个四舍五入数各半个单位之内，属尾差</td></tr>"#
            )
            #expect(
                rows.last
                    == #"<tr class="check-finding" data-code="rate_unsupported" data-severity="warning"><td><span class="warning">警告</span></td><td>448:1</td><td class="quote"><mark>98%</mark></td><td>98%</td><td>100.00%</td><td>数据中没有任何数能得出 公用经费控制率 的 98%，按数据应为 100.00%</td></tr>"#
            )
            #expect(answer.text.contains("<p>2022-self-evaluation-report.txt：共 2 条：错误 0 条，警告 1 条，提示 1 条。</p>"))
            let unreadable = try await office.multipart(
                "/report/check?\(Self.query)", fields: ["csrf": csrf], file: ("报告.pdf", Data("%PDF".utf8)))
            #expect(unreadable.status == 400)
            #expect(unreadable.text.contains(#"<p class="error">报告.pdf：不支持的文件类型“pdf”，应为 docx、txt 或 md</p>"#))
        }
    }

    @Test("the uploads' size limit is the submissions': 413 above --upload-limit-mb; the prose form's 1 MiB")
    func sizeLimits() async throws {
        try await PortalFixture.run(uploadLimitMb: 1) { fixture in
            let office = try await fixture.browser("office401")
            let csrf = try Self.csrfField(try await office.request("GET", "/report?\(Self.query)").text)
            let big = Data(repeating: UInt8(ascii: "1"), count: 1024 * 1024 + 128 * 1024)
            for path in ["/report/indicators", "/report/check"] {
                let answer = try await office.multipart(
                    "\(path)?\(Self.query)", fields: ["csrf": csrf], file: ("big.txt", big))
                #expect(answer.status == 413, "\(path)")
                #expect(answer.text.contains("上传内容超过大小限制（1 MB）。"), "\(path)")
            }
            let prose = try await office.request(
                "POST", "/report/prose?\(Self.query)",
                form: ["csrf": csrf, "basic_info": String(repeating: "职", count: 120_000)])
            #expect(prose.status == 413)
            #expect(try fixture.db.scalar("select count(*) from report.prose") == "0")
        }
    }

    @Test("an accountant gets 404 on the page, the downloads and every form; the run page has no link for it")
    func accountant() async throws {
        try await PortalFixture.run(demo: true) { fixture in
            let accountant = try await fixture.browser("a401001")
            let csrf = try #require(
                PortalReviewTests.csrf(in: try await accountant.request("GET", "/history").text))
            for path in [
                "/report?\(Self.query)", "/report", "/report?unit=401001&year=2022",
                "/api/reports?\(Self.query)&format=md", "/report/view?\(Self.query)",
                "/api/reports?unit=401001&year=2022", "/api/reports?\(Self.query)&format=pdf",
            ] {
                let answer = try await accountant.request("GET", path)
                #expect(answer.status == 404, "\(path)")
            }
            let prose = try await accountant.request(
                "POST", "/report/prose?\(Self.query)", form: ["csrf": csrf, "basic_info": "x"])
            #expect(prose.status == 404)
            for path in ["/report/indicators", "/report/check"] {
                let answer = try await accountant.multipart(
                    "\(path)?\(Self.query)", fields: ["csrf": csrf], file: ("a.txt", Data("x".utf8)))
                #expect(answer.status == 404, "\(path)")
                #expect(answer.text.contains("没有找到所请求的内容。"), "\(path)")
            }
            let api = try await fixture.client("a401001")
            let json = try await api.request("GET", "/api/reports?\(Self.query)")
            #expect(json.text == PortalIsolationTests.notFound)
            #expect(try fixture.db.scalar("select count(*) from report.prose") == "0")
            #expect(!(try await accountant.request("GET", "/history").text.contains("/report")))
        }
    }
}

/// Mustache's escaping of a text, as the page shows it.
enum HostileTextEscaping {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

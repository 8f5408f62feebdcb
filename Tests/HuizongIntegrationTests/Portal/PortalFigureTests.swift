import Foundation
import Testing

/// The base-data page's figures link to their provenance (`/figures`): the units and, one
/// click further, a unit's lines; accountants see nothing of a department's figure.
@Suite("portal figure provenance") struct PortalFigureTests {
    /// 401001 and 401002 have each submitted the spec's example; 401 is consolidated.
    private static func consolidated(_ fixture: PortalFixture) async throws {
        for unit in ["401001", "401002"] {
            let answer = try await fixture.client("a\(unit)").upload(
                PortalFixture.file(unit), name: "\(unit).csv", unit: unit, year: 2022)
            try #require(answer.status == 201 || answer.status == 200, "\(answer.text)")
        }
        try #require(try fixture.db.run(node: "401", year: 2022).complete)
    }

    @Test("base-data figure → its units → a unit's lines, adding up")
    func office() async throws {
        try await PortalFixture.run { fixture in
            try await Self.consolidated(fixture)
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/base-data?unit=401&year=2022")
            let link =
                #"<a class="figure" href="/figures?unit=401&amp;year=2022&amp;key=base_data.basic.actual">129.00</a>"#
            #expect(page.text.contains(#"<td class="amount">\#(link)</td>"#))
            #expect(page.text.contains(#"key=staffing.authorized">34</a>"#))
            let figure = try await office.request("GET", "/figures?unit=401&year=2022&key=base_data.basic.actual")
            #expect(figure.status == 200)
            #expect(
                figure.text.contains(
                    #"<p id="figure-value" data-key="base_data.basic.actual" data-balanced="true">基本支出：<strong>129.00</strong> 万元"#
                ))
            for unit in ["401001", "401002"] {
                #expect(
                    figure.text.contains(
                        #"<tr data-unit="\#(unit)"><td><a class="unit-lines" href="/figures?unit=401&amp;year=2022&amp;key=base_data.basic.actual&amp;lines=\#(unit)">\#(unit)</a></td>"#
                    ), "\(unit)")
            }
            #expect(
                figure.text.contains(
                    #"<td class="amount">64.50</td><td class="amount">645000.00</td><td class="amount">2</td>"#))
            #expect(
                figure.text.contains(
                    #"<tr id="figure-total"><td></td><td>合计</td><td class="amount">129.00</td><td class="amount">1290000.00</td><td class="amount">4</td>"#
                ))
            #expect(!figure.text.contains(#"<table id="figure-lines""#))
            let lines = try await office.request(
                "GET", "/figures?unit=401&year=2022&key=base_data.basic.actual&lines=401002")
            #expect(lines.status == 200)
            #expect(lines.text.contains(#"<table id="figure-lines" data-unit="401002">"#))
            #expect(
                lines.text.contains(
                    "<tr><td>401002.csv</td><td>第11行</td><td>支出</td><td>基本支出</td><td>2150508</td><td>30101</td><td></td><td>决算数</td><td class=\"amount\">620000.00</td></tr>"
                ))
            #expect(lines.text.contains("<td>第12行</td>"))
            #expect(!lines.text.contains("<td>第13行</td>"), "the project line is not basic")
            let count = try await office.request("GET", "/figures?unit=401&year=2022&key=staffing.actual&lines=401001")
            #expect(count.text.contains("<th>数量</th>"))
            #expect(count.text.contains(#"<td class="amount">17</td></tr>"#))

            let unknown = try await office.request("GET", "/figures?unit=401&year=2022&key=basic.by_kind.1")
            #expect(unknown.status == 400)
            #expect(unknown.text.contains("没有这个数字：basic.by_kind.1。"))
            let notAUnit = try await office.request(
                "GET", "/figures?unit=401&year=2022&key=base_data.basic.actual&lines=402001")
            #expect(notAUnit.status == 404)
        }
    }

    @Test("a rate: its value recomputed from its terms, each term linking to its own page with that value")
    func rate() async throws {
        try await PortalFixture.run { fixture in
            try await Self.consolidated(fixture)
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/figures?unit=401&year=2022&key=staffing.control_rate")
            #expect(page.status == 200)
            let value = page.text.firstMatch(
                of:
                    #/<p id="figure-value" data-key="staffing.control_rate" data-balanced="true">在职人员控制率：<strong>(\d+\.\d\d)</strong> %/#
            )
            #expect(value != nil, "the rate, recomputed equal")
            #expect(page.text.contains("在职人员控制率 = （实有在职人数 − 不计入控制率人数） × 100 ÷ 编制数"))
            let terms = page.text.matches(
                of:
                    #/<tr data-key="([^"]*)"><td><a class="rate-term" href="([^"]*)">[^<]*</a></td><td class="amount">([^<]*)</td>/#
            )
            #expect(terms.map { String($0.1) } == ["staffing.actual", "staffing.excluded", "staffing.authorized"])
            for term in terms where term.3 != "未报送（按0计）" {
                let href = term.2.replacingOccurrences(of: "&amp;", with: "&")
                let figure = try await office.request("GET", href)
                #expect(figure.status == 200, "\(href)")
                #expect(figure.text.contains(#"data-key="\#(term.1)" data-balanced="true">"#), "\(term.1)")
                #expect(figure.text.contains("<strong>\(term.3)</strong>"), "\(term.1): \(term.3)")
            }
            #expect(terms.last?.3 == "34", "编制数 as the base-data page shows it")
            let accountant = try await fixture.browser("a401001")
            let hidden = try await accountant.request("GET", "/figures?unit=401&year=2022&key=staffing.control_rate")
            #expect(hidden.status == 404)
        }
    }

    @Test("run=N (a report's link): the figure of that run, its unit links keeping it; not a run: 404 or refused")
    func pinnedRun() async throws {
        try await PortalFixture.run { fixture in
            try await Self.consolidated(fixture)
            try #require(try fixture.db.run(node: "401", year: 2022).complete)
            let first = try #require(try fixture.db.scalar("select min(id) from pipeline.run where node_code = '401'"))
            let current = try #require(
                try fixture.db.scalar("select max(id) from pipeline.run where node_code = '401'"))
            try #require(first != current)
            let office = try await fixture.browser("office401")
            let key = "base_data.basic.actual"
            let pinned = try await office.request("GET", "/figures?unit=401&year=2022&run=\(first)&key=\(key)")
            #expect(pinned.status == 200)
            #expect(pinned.text.contains("· 汇总运行 #\(first)</p>"))
            #expect(
                pinned.text.contains(
                    #"href="/figures?unit=401&amp;year=2022&amp;run=\#(first)&amp;key=\#(key)&amp;lines=401001""#))
            let lines = try await office.request(
                "GET", "/figures?unit=401&year=2022&run=\(first)&key=\(key)&lines=401001")
            #expect(lines.text.contains(#"<table id="figure-lines" data-unit="401001">"#))
            let unpinned = try await office.request("GET", "/figures?unit=401&year=2022&key=\(key)")
            #expect(unpinned.text.contains("· 汇总运行 #\(current)</p>"))
            #expect(try await office.request("GET", "/figures?unit=401&year=2022&run=x&key=\(key)").status == 404)
            let unknown = try await office.request("GET", "/figures?unit=401&year=2022&run=999&key=\(key)")
            #expect(unknown.status == 400)
            #expect(unknown.text.contains("汇总 #999 不是单位 401 2022 年度已完成的汇总。"))
        }
    }

    @Test("an accountant: 404 for the department's figure; its own unit's run shows its own lines only")
    func accountant() async throws {
        try await PortalFixture.run { fixture in
            try await Self.consolidated(fixture)
            let accountant = try await fixture.browser("a401001")
            for path in [
                "/figures?unit=401&year=2022&key=base_data.basic.actual",
                "/figures?unit=401&year=2022&key=base_data.basic.actual&lines=401001",
                "/figures?unit=401002&year=2022&key=basic.actual",
            ] {
                let answer = try await accountant.request("GET", path)
                #expect(answer.status == 404, "\(path)")
                #expect(!answer.text.contains("620000.00"), "\(path)")
            }
            try #require(try fixture.db.run(node: "401001", year: 2022).complete)
            let own = try await accountant.request(
                "GET", "/figures?unit=401001&year=2022&key=basic.actual&lines=401001")
            #expect(own.status == 200)
            #expect(own.text.contains(#"<table id="figure-lines" data-unit="401001">"#))
            #expect(own.text.contains("<td>401001.csv</td><td>第11行</td>"))
            #expect(!own.text.contains("401002"))
            let other = try await fixture.browser("a401002")
            let refused = try await other.request("GET", "/figures?unit=401001&year=2022&key=basic.actual&lines=401001")
            #expect(refused.status == 404)
            #expect(!refused.text.contains("401001.csv"))
        }
    }
}

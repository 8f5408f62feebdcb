import Foundation
import Testing

/// The base-data page shows the report's five charts (issue 13 item 4) to the office and
/// admins: the very SVG the HTML report draws, from the same run's figures, one bar per
/// figure of the report's JSON; an accountant's page of its own unit has the table alone.
@Suite("portal base-data charts") struct PortalChartTests {
    static let query = "unit=401&year=2022"

    /// `<svg …id="chart-KEY"…>…</svg>` of `text`, nil when absent.
    static func svg(_ key: String, in text: String) -> String? {
        guard let id = text.range(of: #"id="chart-\#(key)""#),
            let start = text.range(of: "<svg", options: .backwards, range: text.startIndex..<id.lowerBound),
            let end = text.range(of: "</svg>", range: id.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.lowerBound..<end.upperBound])
    }

    /// The `data-value`s of the bars of `svg`, in order.
    static func barValues(_ svg: String) -> [String] {
        svg.components(separatedBy: #"class="bar""#).dropFirst().compactMap { rest in
            guard let value = rest.range(of: #"data-value=""#) else { return nil }
            return String(rest[value.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test("the office's base-data page: five charts, the HTML report's own SVG, a bar per JSON figure")
    func office() async throws {
        try await PortalFixture.run(demo: true) { fixture in
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/base-data?\(Self.query)")
            #expect(page.status == 200)
            #expect(page.text.contains(#"<h2 id="charts-title">图表</h2>"#))
            #expect(!page.text.contains("<script"))
            #expect(!page.text.contains("&lt;svg"), "the SVG is inserted, not printed")
            let report = try await office.request("GET", "/api/reports?\(Self.query)&format=html")
            try #require(report.status == 200)
            let json = try await office.request("GET", "/api/reports?\(Self.query)&format=json").json()
            let basic = try #require(json["basic"] as? [String: Any])
            let project = try #require(json["project"] as? [String: Any])
            let expenditure = try #require(json["expenditure"] as? [String: Any])
            let threePublic = try #require(json["three_public"] as? [String: Any])
            let rows = try #require((json["base_data"] as? [String: Any])?["rows"] as? [[String: Any]])
            let amounts = { (list: Any?) in ((list as? [[String: Any]]) ?? []).compactMap { $0["amount"] as? String } }
            let parts = try #require(threePublic["parts"] as? [[String: Any]])
            let expected: [String: [String]] = [
                "nature": [expenditure["basic"], expenditure["project"]].compactMap { $0 as? String },
                "unit": amounts(basic["by_unit"]),
                "three-public": parts.flatMap { [$0["budget"], $0["actual"]].compactMap { $0 as? String } },
                "prior-year": rows.flatMap { [$0["prior_actual"], $0["actual"]].compactMap { $0 as? String } },
            ]
            for key in ["nature", "unit", "three-public", "econ", "prior-year"] {
                let svg = try #require(Self.svg(key, in: page.text), "\(key)")
                #expect(svg == Self.svg(key, in: report.text), "\(key): the report's own drawing")
                let values = Self.barValues(svg)
                #expect(
                    ReportDocumentTests.chartLinks(svg).map(\.text) == values,
                    "\(key): each bar's value links to its /figures page")
                #expect(page.text.contains(#"<figure class="chart" id="figure-\#(key)" data-bars="\#(values.count)">"#))
                if let want = expected[key] {
                    #expect(values == want, "\(key)")
                } else {
                    let econ = amounts(basic["by_econ"]) + amounts(project["by_econ"])
                    #expect(values.sorted() == econ.sorted(), "econ: every class of basic and project")
                }
            }
            #expect(Self.barValues(try #require(Self.svg("nature", in: page.text))) == ["2858.40", "850.04"])
            // What the charts cost a page view: the figures' query and five drawings, measured.
            let clock = ContinuousClock()
            var elapsed: [Duration] = []
            for _ in 0..<5 {
                let started = clock.now
                #expect(try await office.request("GET", "/base-data?\(Self.query)").status == 200)
                elapsed.append(clock.now - started)
            }
            print(
                "base-data page with charts: \(page.body.count) bytes, "
                    + "\(page.text.components(separatedBy: "<svg").count - 1) charts, views took \(elapsed.sorted())")
            let admin = try await fixture.browser("admin")
            let adminPage = try await admin.request("GET", "/base-data?\(Self.query)")
            #expect(Self.svg("unit", in: adminPage.text) == Self.svg("unit", in: page.text))
        }
    }

    @Test("an accountant: 404 for the department's page; its own unit's page has the table and no chart")
    func accountant() async throws {
        try await PortalFixture.run { fixture in
            for unit in ["401001", "401002"] {
                let answer = try await fixture.client("a\(unit)").upload(
                    PortalFixture.file(unit), name: "\(unit).csv", unit: unit, year: 2022)
                try #require(answer.status == 201 || answer.status == 200, "\(answer.text)")
            }
            try #require(try fixture.db.run(node: "401", year: 2022).complete)
            try #require(try fixture.db.run(node: "401001", year: 2022).complete)
            let accountant = try await fixture.browser("a401001")
            let department = try await accountant.request("GET", "/base-data?\(Self.query)")
            #expect(department.status == 404)
            #expect(!department.text.contains("<svg"))
            let own = try await accountant.request("GET", "/base-data?unit=401001&year=2022")
            #expect(own.status == 200)
            #expect(own.text.contains(#"<table id="base-data">"#))
            #expect(!own.text.contains("<svg"))
            #expect(!own.text.contains("charts-title"))
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/base-data?\(Self.query)")
            #expect(page.text.components(separatedBy: #"<figure class="chart""#).count == 6)
        }
    }
}

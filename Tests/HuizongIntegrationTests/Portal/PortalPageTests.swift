import Foundation
import Testing

/// The office's pages from the run button to the tables, and the accountant's template.
@Suite("portal pages") struct PortalPageTests {
    /// RFC 3986's unreserved characters: what `PageURL` leaves as it is.
    static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    @Test("run by form, the run page, the base-data and totals pages with their downloads, the template")
    func runAndTables() async throws {
        try await PortalFixture.run { fixture in
            for unit in ["401001", "401002"] {
                _ = try await fixture.client("a\(unit)").upload(
                    PortalFixture.file(unit), name: "\(unit).csv", unit: unit, year: 2022)
            }
            let office = fixture.anonymous()
            _ = try await office.request(
                "POST", "/login", form: ["user": "office401", "password": PortalFixture.password])
            let status = try await office.request("GET", "/status?unit=401&year=2022")
            let csrf = try #require(PortalReviewTests.csrf(in: status.text))
            let run = try await office.request("POST", "/runs", form: ["csrf": csrf, "unit": "401", "year": "2022"])
            #expect(run.status == 303)
            let location = try #require(run.headers["location"])
            #expect(location.hasPrefix("/runs/"))
            let runId = location.dropFirst("/runs/".count)
            let statusAfter = try await office.request("GET", "/status?unit=401&year=2022")
            #expect(statusAfter.text.contains(#"<p id="latest-run">最近一次汇总：<a href="/runs/\#(runId)">#\#(runId)</a>"#))
            #expect(status.text.contains(#"<p id="latest-run">本年度尚未汇总。</p>"#))
            _ = try await office.finishedRun(Int(runId)!)
            let runPage = try await office.request("GET", location)
            #expect(
                runPage.text.contains(
                    #"<p id="run-outcome" data-exit="0" data-outcome="complete"><span class="ok">完成：数据完整</span>"#))
            #expect(runPage.text.contains(#"<a id="base-data-link" href="/base-data?unit=401&amp;year=2022">"#))

            let json = try await office.request("GET", "/api/exports/base-data?unit=401&year=2022&format=json").json()
            let rows = try #require(json["rows"] as? [[String: Any]])
            #expect(rows.count > 10)
            let page = try await office.request("GET", "/base-data?unit=401&year=2022")
            #expect(page.status == 200)
            #expect(page.text.contains(#"<table id="base-data">"#))
            // Every row's label and 万元 figures of the JSON export are on the page.
            for row in rows {
                let label = try #require(row["label"] as? String)
                #expect(page.text.contains("<td>\(label)</td>"), "\(label)")
                if let actual = row["actual"] as? String, let key = row["key"] as? String {
                    // each figure links to its units and lines (PortalFigureTests)
                    let href =
                        "/figures?unit=401&amp;year=2022&amp;key=\("base_data.\(key).actual".addingPercentEncoding(withAllowedCharacters: Self.unreserved)!)"
                    #expect(
                        page.text.contains(
                            "<td class=\"amount\"><a class=\"figure\" href=\"\(href)\">\(actual)</a></td>"),
                        "\(label) \(actual)")
                }
            }
            for format in ["json", "csv", "md", "xlsx"] {
                #expect(
                    page.text.contains(
                        #"<a class="download" data-format="\#(format)" href="/api/exports/base-data?unit=401&amp;year=2022&amp;format=\#(format)">"#
                    ))
            }
            let totals = try await office.request("GET", "/totals?unit=401&year=2022&by=unit")
            #expect(totals.text.contains(#"<table id="totals">"#))
            #expect(totals.text.contains("<td>401001</td>"))
            #expect(totals.text.contains("<td>401002</td>"))

            let accountant = try await fixture.client("a401001")
            let template = try await accountant.request("GET", "/template?year=2023")
            #expect(template.status == 200)
            #expect(template.body.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
            #expect(template.headers["content-disposition"]?.contains("template-401001-2023.xlsx") == true)
            #expect(try await accountant.request("GET", "/template?year=2023&unit=401002").status == 404)
            #expect(try await accountant.request("GET", location).status == 404, "a run is the office's")
            #expect(try await accountant.request("GET", "/no-such-page").status == 404)
        }
    }
}

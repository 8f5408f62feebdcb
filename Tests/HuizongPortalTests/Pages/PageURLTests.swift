import Testing

@testable import HuizongPortal

/// The one place the portal's URLs are percent-encoded.
@Suite struct PageURLTests {
    @Test("path segments and query names and values: all but unreserved characters escaped, spaces as %20")
    func encoding() {
        #expect(PageURL.path("status", query: ["unit": "401", "year": "2022"]) == "/status?unit=401&year=2022")
        #expect(
            PageURL.path("totals", query: ["unit": "报表 a+b&c=d/e?#", "safe": "A-z_0.9~"])
                == "/totals?unit=%E6%8A%A5%E8%A1%A8%20a%2Bb%26c%3Dd%2Fe%3F%23&safe=A-z_0.9~")
        #expect(
            PageURL.path("submissions", "7", "explanations", "a/b c", "decision")
                == "/submissions/7/explanations/a%2Fb%20c/decision")
        #expect(
            PageURL.path("api", "exports", "base-data", query: [("unit", "4&1"), ("format", "csv")])
                == "/api/exports/base-data?unit=4%261&format=csv")
        #expect(PageURL.path("history") == "/history")
    }
}

import Foundation
import HuizongCore
import Testing

@Suite("intake: a small file cannot make a huge answer")
struct IntakeFindingLimitTests {
    @Test("100 000 bytes of commas: 1000 findings stored and one saying how many more")
    func commas() throws {
        let db = try TestDatabase()
        let csv = "section,item,actual\n" + String(repeating: ",,,,\n", count: 20_000)
        let outcome = try db.submit(csv, fileName: "commas.csv")
        #expect(outcome.status == .rejected)
        #expect(outcome.findings.count == ParseReport.findingLimit + 1)
        #expect(
            outcome.findings.last?.description
                == "error: commas.csv: [too_many_findings] expected at most 1000 findings listed per file, "
                + "found 19000 more, not listed")
        #expect(try db.scalar("select count(*) from intake.finding") == "1001")
        #expect(Set(outcome.findings.compactMap(\.id)).count >= 1000, "every stored finding has its key")
    }
}

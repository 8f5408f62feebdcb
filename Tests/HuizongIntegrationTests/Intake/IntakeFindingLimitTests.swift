import Foundation
import HuizongCore
import Testing

@Suite("intake: a small file cannot make a huge answer")
struct IntakeFindingLimitTests {
    @Test("100 000 bytes of commas: read to its 1000th error, stored with the reason and the count")
    func commas() throws {
        let db = try TestDatabase()
        let csv = "section,item,actual\n" + String(repeating: ",,,,\n", count: 20_000)
        let outcome = try db.submit(csv, fileName: "commas.csv")
        #expect(outcome.status == .rejected)
        #expect(outcome.records == ParseReport.findingLimit)
        #expect(outcome.findings.count == ParseReport.findingLimit + 1)
        #expect(
            outcome.findings.first?.description
                == "error: commas.csv: [not_a_submission] expected a submission, mostly of valid lines, found 1000 "
                + "errors and 0 valid lines in the first 1000 records; not read past line 1001")
        #expect(
            outcome.findings.last?.description
                == "error: commas.csv: [too_many_findings] expected at most 1000 findings listed per file, "
                + "found 1 more, not listed")
        #expect(try db.scalar("select count(*) from intake.finding") == "1001")
        #expect(Set(outcome.findings.compactMap(\.id)).count >= 1000, "every stored finding has its key")
    }
}

import HuizongCore
import Testing

@testable import HuizongPortal

/// The pages' URL-encoded forms as Hummingbird's decoder reads them, and what is refused.
@Suite struct PageFormTests {
    func decode<Form: Decodable>(_ form: Form.Type, _ body: String) throws -> Form {
        try PageForms.decode(form, from: Array(body.utf8))
    }

    @Test("a browser's body: + and %20 as spaces, UTF-8 escapes, empty and missing fields")
    func decoding() throws {
        let explain = try decode(
            PageForms.Explain.self, "csrf=t0k&finding=abc&text=a+b%20c%2B%E8%AF%B4%E6%98%8E%0D%0A&offer=")
        #expect(explain.csrf == "t0k" && explain.finding == "abc")
        #expect(explain.text == "a b c+说明\r\n")
        #expect(explain.offer == "")
        let login = try decode(PageForms.Login.self, "user=a401001")
        #expect(login.user == "a401001" && login.password == nil)
        #expect(try decode(PageForms.Token.self, "").csrf == nil)
        let unlock = try decode(PageForms.UnitYear.self, "csrf=x&unit=401001&year=2022&comment=%E6%9B%B4%E6%AD%A3")
        #expect(unlock.query.parameters == ["unit": "401001", "year": "2022"])
        #expect(unlock.comment == "更正")
        #expect(try decode(PageForms.Decide.self, "csrf=x&decision=rejected&comment=").decision == "rejected")
    }

    @Test("refused with 400 and a typed problem that repeats nothing of the body")
    func refusals() {
        let cases: [(String, Refusal)] = [
            ("csrf=%zz", .formUnreadable(problem: .badPercentEncoding)),
            ("text=100%", .formUnreadable(problem: .badPercentEncoding)),
            ("csrf=a&csrf=b", .formUnreadable(problem: .duplicateField)),
            ("comment[]=1&comment[]=2", .formUnreadable(problem: .unknownField)),
            ("comment[x]=1", .formUnreadable(problem: .unknownField)),
            ("csrf=x&comment=a%00b", .textHasNul(field: "comment")),
        ]
        for (body, refusal) in cases {
            let error = #expect(throws: PortalError.self) { try decode(PageForms.Review.self, body) }
            #expect(error?.status == .badRequest, "\(body)")
            #expect(error?.refusal == refusal, "\(body)")
        }
    }
}

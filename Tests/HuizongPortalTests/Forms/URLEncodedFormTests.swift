import HuizongPortal
import Testing

@Suite struct URLEncodedFormTests {
    @Test("a browser's body: + and %20 as spaces, UTF-8 escapes, repeated names, empty values")
    func decoding() throws {
        let form = try URLEncodedForm(
            "unit=4101&note=a+b%20c%2B&name=%E6%8A%A5%E8%A1%A8&year=2025&year=1999&empty=&flag&&")
        #expect(form.field("unit") == "4101")
        #expect(form.field("note") == "a b c+")
        #expect(form.field("name") == "报表")
        #expect(form.field("year") == "2025")
        #expect(form.values("year") == ["2025", "1999"])
        #expect(form.field("empty") == "" && form.field("flag") == "" && form.field("missing") == nil)
        #expect(form.pairs.count == 7)
        #expect(try URLEncodedForm(bytes: []).pairs.isEmpty)
        #expect(try URLEncodedForm(bytes: Array("a=1%3D2=3".utf8)).field("a") == "1=2=3")
    }

    @Test("a % without two hex digits after it")
    func malformedEscapes() {
        for text in ["a=%", "a=%4", "a=%G1", "%zz=1", "a=100%"] {
            let error = #expect(throws: FormError.self) { try URLEncodedForm(text) }
            #expect(error?.description == "the form has a % that is not followed by two hexadecimal digits")
        }
    }

    @Test("encoding escapes all but unreserved characters, spaces as %20, and decodes back")
    func encoding() throws {
        let pairs = [("unit", "4101"), ("q", "报表 a+b&c=d/e?"), ("safe", "A-z_0.9~")]
        let query = URLEncodedForm.encode(pairs)
        #expect(query == "unit=4101&q=%E6%8A%A5%E8%A1%A8%20a%2Bb%26c%3Dd%2Fe%3F&safe=A-z_0.9~")
        let decoded = try URLEncodedForm(query)
        #expect(decoded.pairs.map { [$0.name, $0.value] } == pairs.map { [$0.0, $0.1] })
        #expect(URLEncodedForm.encode([]) == "")
    }
}

import Testing

@testable import XLSX

@Suite struct XMLTokenizerTests {
    /// The tokens of `xml` fed `chunk` bytes at a time, as `<name r=… t=…>`, `</name>` and `"text"`.
    static func tokens(_ xml: String, chunk: Int) throws -> [String] {
        var tokenizer = XMLTokenizer(part: "test.xml")
        var tokens: [String] = []
        func drain() throws {
            while let token = try tokenizer.next() {
                switch token {
                case .startElement:
                    let attributes = try ["r", "t", "space"].compactMap { name in
                        try tokenizer.attribute(name).map { " \(name)=\($0)" }
                    }
                    tokens.append("<\(tokenizer.name)\(attributes.joined())>")
                case .endElement: tokens.append("</\(tokenizer.name)>")
                case .text: tokens.append("\"\(try tokenizer.text())\"")
                }
            }
        }
        let bytes = Array(xml.utf8)
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            tokenizer.feed(bytes[start..<min(start + chunk, bytes.count)])
            try drain()
        }
        tokenizer.finish()
        try drain()
        return tokens
    }

    static let sample = """
        \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment with <tags> -->
        <x:row xmlns:x="urn:x" r='12'><x:c r="A12" t="s"/><c><v>&lt;1 &amp; 2&gt; &#x41;&#66; 填报</v></c>\
        <t xml:space="preserve"> <![CDATA[a<b]]> </t></x:row>
        """

    static let expected = [
        "<row r=12>", "<c r=A12 t=s>", "</c>", "<c>", "<v>", "\"<1 & 2> AB 填报\"", "</v>", "</c>",
        "<t space=preserve>", "\" \"", "\"a<b\"", "\" \"", "</t>", "</row>",
    ]

    @Test(arguments: [1, 2, 3, 7, 1 << 16])
    func tokenizesInAnyChunking(chunk: Int) throws {
        #expect(try Self.tokens(Self.sample, chunk: chunk) == Self.expected)
    }

    @Test func refusesDoctype() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>"
        let error = Read.error { _ = try Self.tokens(xml, chunk: 1) }
        #expect(error?.kind == .malformedXML)
        #expect(error?.found == "a DOCTYPE declaration (refused: entity expansion) at line 2, column 1")
    }

    @Test func refusesUndefinedEntity() {
        let error = Read.error { _ = try Self.tokens("<x>&e;</x>", chunk: 4) }
        #expect(error?.found == "the undefined entity &e; at line 1, column 4")
    }

    @Test(arguments: ["&#0;", "&#xD800;", "&#x110000;", "&#12a;", "&#;", "&#x;"])
    func refusesBadCharacterReference(reference: String) {
        let error = Read.error { _ = try Self.tokens("<x>\(reference)</x>", chunk: 3) }
        #expect(error?.kind == .malformedXML)
        #expect(error?.expected == "a character reference to a valid XML character")
    }

    @Test func refusesUnclosedAndMismatchedTags() {
        let unclosed = Read.error { _ = try Self.tokens("<a><b></b>", chunk: 1) }
        #expect(unclosed?.expected == "</a>")
        #expect(unclosed?.found == "the end of the part at line 1, column 11")
        let mismatched = Read.error { _ = try Self.tokens("<a>\n  <b></a>", chunk: 5) }
        #expect(mismatched?.expected == "</b>")
        #expect(mismatched?.found == "</a> at line 2, column 6")
        let open = Read.error { _ = try Self.tokens("<a><b r=\"1\"", chunk: 2) }
        #expect(open?.found == "the end of the part at line 1, column 12")
    }

    @Test func refusesInvalidUTF8() {
        var tokenizer = XMLTokenizer(part: "p.xml")
        tokenizer.feed(Array("<a>".utf8) + [0xE5, 0xA1] + Array("</a>".utf8))
        tokenizer.finish()
        let error = Read.error {
            while let token = try tokenizer.next() { if token == .text { _ = try tokenizer.text() } }
        }
        #expect(error?.expected == "UTF-8 text")
    }

    @Test func normalizesLineEnds() throws {
        #expect(try Self.tokens("<a>1\r\n2\r3&#13;</a>", chunk: 2) == ["<a>", "\"1\n2\n3\r\"", "</a>"])
    }

    @Test func refusesUTF16() {
        var tokenizer = XMLTokenizer(part: "p.xml")
        tokenizer.feed([0xFF, 0xFE] + Array("<\0w\0/\0>\0".utf8))
        let error = Read.error { _ = try tokenizer.next() }
        #expect(
            error == Refusal(.unsupportedFeature, part: "p.xml", expected: "XML in UTF-8", found: "XML in UTF-16")
        )
    }
}

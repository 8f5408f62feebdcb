import Foundation
import Testing
import XLSX

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct WellFormednessTests {
    /// Every part parses as XML, including the escaped text and the replaced control character.
    @Test func everyPartParses() throws {
        let package = try WrittenPackage(SampleWorkbooks.report())
        for path in package.paths {
            let outline = try Outline(xml: package.part(path))
            #expect(outline.error == nil, "\(path): \(outline.error ?? "")")
        }
    }

    /// The worksheet's children follow CT_Worksheet's sequence; Excel repairs a file in any other order.
    @Test func worksheetElementsInSchemaOrder() throws {
        let package = try WrittenPackage(SampleWorkbooks.report())
        let outline = try Outline(xml: package.part("xl/worksheets/sheet1.xml"))
        #expect(
            outline.children == [
                "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetProtection",
                "autoFilter", "mergeCells", "dataValidations", "printOptions", "pageMargins", "pageSetup",
            ])
    }

    @Test func escapedTextReadsBack() throws {
        let package = try WrittenPackage(SampleWorkbooks.report())
        let outline = try Outline(xml: package.part("xl/sharedStrings.xml"))
        #expect(outline.texts.contains("<&>\""))
        #expect(outline.texts.contains("a\u{FFFD}b"))
        #expect(outline.texts.contains(" 注：单位万元\n第二行"))
    }

    @Test func attributesKeepLineBreaksAndQuotes() throws {
        var sheet = Worksheet(name: "S")
        sheet.dataValidations = [
            DataValidation(
                range: CellRange(CellReference("A1")!, CellReference("A2")!), list: .values(["x"]),
                errorMessage: "第一行\n\"第二行\"\r\t<&>\u{7}")
        ]
        let package = try WrittenPackage(Workbook(sheets: [sheet]))
        let outline = try Outline(xml: package.part("xl/worksheets/sheet1.xml"))
        #expect(outline.attributes["error"] == "第一行\n\"第二行\"\r\t<&>\u{FFFD}")
    }
}

/// What a test needs from a parsed part: the root's child element names, all text runs, the last value seen of
/// each attribute, and the parse error if any.
final class Outline: NSObject, XMLParserDelegate {
    private(set) var children: [String] = []
    private(set) var texts: [String] = []
    private(set) var attributes: [String: String] = [:]
    private(set) var error: String?
    private var depth = 0
    private var text = ""

    init(xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "parse failed" }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        depth += 1
        if depth == 2 { children.append(name) }
        self.attributes.merge(attributes) { $1 }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if !text.isEmpty { texts.append(text) }
        text = ""
    }
}

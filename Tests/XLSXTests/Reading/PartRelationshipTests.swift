import Testing

@testable import XLSX

@Suite struct PartRelationshipTests {
    @Test(arguments: [
        ("worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ("/xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ("../xl/./sharedStrings.xml", "xl/workbook.xml", "xl/sharedStrings.xml"),
        ("xl/workbook.xml", "", "xl/workbook.xml"),
    ])
    func resolvesTargets(target: String, source: String, path: String) {
        #expect(PartRelationship.resolve(target, from: source) == path)
    }

    @Test func namesRelationshipParts() {
        #expect(PartRelationship.relsPath(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PartRelationship.relsPath(of: "") == "_rels/.rels")
    }
}

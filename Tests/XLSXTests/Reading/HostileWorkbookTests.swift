import Foundation
import Testing
import XLSX

/// Uploads that must be refused with an exact error.
@Suite struct HostileWorkbookTests {
    static func openError(_ bytes: [UInt8], limits: WorkbookLimits = .default) -> WorkbookError? {
        Read.error { _ = try WorkbookReader(bytes: bytes, limits: limits) }
    }

    static func readError(_ fixture: WorkbookFixture, sheet: String = "Sheet1", limits: WorkbookLimits = .default)
        -> WorkbookError?
    {
        Read.error { _ = try Read.rows(fixture.bytes(), sheet: sheet, limits: limits) }
    }

    @Test func refusesAPDF() {
        let error = Self.openError(Array("%PDF-1.7\n%âãÏÓ".utf8))
        #expect(
            error
                == Refusal(
                    .notAZip, expected: "a zip archive (starting with PK)", found: "bytes starting 0x25 0x50 0x44 0x46")
        )
        #expect(
            error?.description
                == "not an XLSX workbook: expected a zip archive (starting with PK), found bytes starting 0x25 0x50 0x44 0x46"
        )
    }

    @Test func refusesACSVAndAnEmptyFile() {
        #expect(Self.openError(Array("单位,金额\n".utf8))?.found == "bytes starting 0xE5 0x8D 0x95 0xE4")
        #expect(Self.openError([])?.found == "an empty file")
    }

    @Test func refusesAnOLEFile() {
        let error = Self.openError(
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(error?.kind == .encrypted)
        #expect(
            error?.found
                == "an OLE compound file: an encrypted workbook or an old .xls — save it as .xlsx without a password")
    }

    @Test func refusesADamagedZipAndAnOversizedFile() throws {
        #expect(Self.openError(Array("PK\u{3}\u{4}not really a zip".utf8))?.kind == .corruptArchive)
        let bytes = try WorkbookFixture(rows: "").bytes()
        let error = Self.openError(bytes, limits: WorkbookLimits(maxArchiveBytes: 100))
        #expect(
            error
                == Refusal(
                    .archiveTooLarge, expected: "a file of at most 100 bytes", found: "\(bytes.count) bytes"))
    }

    static func zeros(_ size: Int) -> WorkbookFixture.StreamedPart {
        WorkbookFixture.StreamedPart(path: "xl/worksheets/sheet1.xml", size: Int64(size)) { _, count in
            Data(count: count)
        }
    }

    static func timed<T>(_ label: String, _ body: () -> T) -> T {
        let start = Date()
        let result = body()
        print("\(label): \(String(format: "%.3f", Date().timeIntervalSince(start))) s")
        return result
    }

    @Test func refusesAZipBombByItsDeclaredSize() throws {
        var fixture = WorkbookFixture(rows: "")
        fixture.streamedParts = [Self.zeros(200 << 20)]
        let bytes = try fixture.bytes()
        print("zip bomb: \(bytes.count) bytes compressed, 209715200 uncompressed")
        let error = Self.timed("zip bomb refused in") { Read.error { _ = try Read.rows(bytes) } }
        #expect(
            error
                == Refusal(
                    .partTooLarge, part: "xl/worksheets/sheet1.xml", expected: "at most 67108864 bytes uncompressed",
                    found: "209715200 bytes declared in the zip directory"))
    }

    @Test func refusesAZipBombThatLiesAboutItsSize() throws {
        var fixture = WorkbookFixture(rows: "")
        fixture.streamedParts = [Self.zeros(200 << 20)]
        var bytes = try fixture.bytes()
        WorkbookFixture.patchDeclaredSize(&bytes, path: "xl/worksheets/sheet1.xml", to: 1000)
        let error = Self.timed("lying zip bomb refused in") { Read.error { _ = try Read.rows(bytes) } }
        #expect(error?.kind == .corruptArchive)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        #expect(error?.expected == "at most the 1000 bytes the zip directory declares")
        #expect(error?.found.hasPrefix("at least ") == true)
    }

    @Test func refusesMoreDataThanTheTotalLimit() {
        let fixture = WorkbookFixture(rows: String(repeating: "<row><c><v>1</v></c></row>", count: 100))
        let error = Self.readError(fixture, limits: WorkbookLimits(maxTotalBytes: 2000))
        #expect(error?.kind == .workbookTooLarge)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test func refusesMissingParts() throws {
        var fixture = WorkbookFixture(rows: "")
        fixture.omittedParts = ["xl/worksheets/sheet1.xml"]
        let sheet = Self.readError(fixture)
        #expect(
            sheet
                == Refusal(
                    .missingPart, part: "xl/worksheets/sheet1.xml",
                    expected: "the part xl/worksheets/sheet1.xml holding sheet \"Sheet1\"", found: "none"))
        fixture.omittedParts = ["[Content_Types].xml"]
        #expect(Self.openError(try fixture.bytes())?.part == "[Content_Types].xml")
        fixture.omittedParts = ["xl/_rels/workbook.xml.rels"]
        #expect(Self.openError(try fixture.bytes())?.kind == .missingPart)
        fixture.omittedParts = ["xl/workbook.xml"]
        #expect(Self.openError(try fixture.bytes())?.part == "xl/workbook.xml")
    }

    @Test func namesTheSheetsPresentForAnUnknownName() {
        let fixture = WorkbookFixture(sheets: [
            ("填报", WorkbookFixture.worksheet("")), ("说明", WorkbookFixture.worksheet("")),
        ])
        #expect(
            Self.readError(fixture, sheet: "Sheet9")
                == Refusal(
                    .sheetNotFound, expected: "one of the sheets \"填报\", \"说明\"", found: "no sheet named \"Sheet9\""))
    }

    @Test func refusesAnExternalRelationship() throws {
        var fixture = WorkbookFixture(rows: "")
        fixture.workbookRelationships = """
            <Relationship Id="rId9" Type="\(WorkbookFixture.relationshipNamespace)/externalLinkPath" \
            Target="file:///C:/budget/other.xlsx" TargetMode="External"/>
            """
        #expect(
            Self.openError(try fixture.bytes())
                == Refusal(
                    .externalLink, part: "xl/_rels/workbook.xml.rels",
                    expected: "a workbook without links to other files or sources",
                    found: "a link to \"file:///C:/budget/other.xlsx\" (relationship rId9, TargetMode=\"External\")"))
    }

    @Test func refusesAnExternalLinkPart() throws {
        var fixture = WorkbookFixture(rows: "")
        fixture.extraParts = [("xl/externalLinks/externalLink1.xml", "<externalLink/>")]
        let error = Self.openError(try fixture.bytes())
        #expect(error?.kind == .externalLink)
        #expect(error?.part == "xl/externalLinks/externalLink1.xml")
    }

    @Test func refusesADoctypeAndItsEntities() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <worksheet><sheetData><row><c t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>
            """
        #expect(
            Self.readError(WorkbookFixture(sheets: [("Sheet1", xml)]))
                == Refusal(
                    .malformedXML, part: "xl/worksheets/sheet1.xml", expected: "no document type declaration",
                    found: "a DOCTYPE declaration (refused: entity expansion) at line 2, column 1"))
    }

    @Test func refusesMalformedXML() {
        let unclosed = Self.readError(WorkbookFixture(rows: "<row><c><v>1</v></c>"))
        #expect(unclosed?.kind == .malformedXML)
        #expect(unclosed?.expected == "</row>")
        #expect(unclosed?.found == "</sheetData> at line 2, column 187")
        let reference = Self.readError(WorkbookFixture(rows: "<row><c t=\"str\"><v>&#xFFFE;</v></c></row>"))
        #expect(reference?.found == "&#xFFFE; at line 2, column 186")
        #expect(reference?.description.hasPrefix("malformed XML in part xl/worksheets/sheet1.xml: expected") == true)
    }

    @Test func refusesACellBeyondTheLastColumn() {
        let error = Self.readError(
            WorkbookFixture(sheet: "填报", rows: #"<row r="3"><c r="IW3"><v>1</v></c></row>"#),
            sheet: "填报")
        #expect(
            error
                == Refusal(
                    .tooManyColumns, part: "xl/worksheets/sheet1.xml", cell: "填报!IW3", expected: "columns up to IV",
                    found: "a cell in column IW"))
    }

    @Test func refusesTooMuchTextInACell() {
        let text = String(repeating: "数", count: 32_768)
        let error = Self.readError(WorkbookFixture(rows: "<row><c t=\"inlineStr\"><is><t>\(text)</t></is></c></row>"))
        #expect(error?.kind == .cellTooLong)
        #expect(error?.cell == "Sheet1!A1")
        #expect(error?.found == "32768 or more")
    }

    @Test(arguments: [
        (#"<c r="B2"><v>12abc</v></c>"#, "Sheet1!B2", "a number", "\"12abc\""),
        (#"<c r="B2" t="s"><v>5</v></c>"#, "Sheet1!B2", "a shared string index below 1", "\"5\""),
        (#"<c r="B2" t="b"><v>yes</v></c>"#, "Sheet1!B2", "a boolean 0 or 1", "\"yes\""),
        (#"<c r="B2" t="x"><v>1</v></c>"#, "Sheet1!B2", "a cell type n, s, str, inlineStr, b, e or d", "t=\"x\""),
        (#"<c r="B3"><v>1</v></c>"#, "Sheet1!B3", "a cell reference in row 2", "<c r=\"B3\">"),
        (#"<c r="C2"/><c r="B2"/>"#, "Sheet1!B2", "a cell reference in row 2 after column C", "<c r=\"B2\">"),
        (#"<c r="2B"/>"#, "Sheet1!2B", "a cell reference in row 2", "<c r=\"2B\">"),
    ])
    func refusesInvalidCells(cells: String, cell: String, expected: String, found: String) {
        let fixture = WorkbookFixture(rows: "<row r=\"2\">\(cells)</row>", sharedStrings: ["x"])
        #expect(
            Self.readError(fixture)
                == Refusal(
                    .invalidCell, part: "xl/worksheets/sheet1.xml", cell: cell, expected: expected, found: found))
    }

    @Test func refusesRowsOutOfOrder() {
        let error = Self.readError(WorkbookFixture(rows: #"<row r="5"><c/></row><row r="3"><c/></row>"#))
        #expect(error?.kind == .invalidCell)
        #expect(error?.found == "<row r=\"3\">")
    }

    @Test func refusesTooManySharedStrings() {
        let fixture = WorkbookFixture(rows: "<row><c t=\"s\"><v>0</v></c></row>", sharedStrings: ["a", "b", "c"])
        let error = Self.readError(fixture, limits: WorkbookLimits(maxSharedStrings: 2))
        #expect(
            error
                == Refusal(
                    .tooManySharedStrings, part: "xl/sharedStrings.xml", expected: "at most 2 shared strings",
                    found: "more"))
    }
}

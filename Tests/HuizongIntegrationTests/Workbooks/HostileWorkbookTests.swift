import Foundation
import HuizongCore
import Testing
import XLSX

/// Workbooks built to hurt: each is refused with one exact finding, in bounded time and
/// memory, and nothing is kept of it but the raw upload.
@Suite("hostile workbooks") struct HostileWorkbookTests {
    static let fileName = "401002-2022.xlsx"

    /// Submits `url`'s bytes and checks the one finding and that only the raw upload stayed.
    private func expectRefused(_ url: URL, expected: String, found: String, cell: String? = nil) throws {
        let db = try RuleFixture.database()
        let bytes = Array(try Data(contentsOf: url))
        let started = ContinuousClock.now
        let outcome = try db.store().submit(fileName: Self.fileName, data: bytes, expectedUnit: nil, expectedYear: nil)
        let elapsed = ContinuousClock.now - started
        print("\(url.lastPathComponent): \(bytes.count) bytes refused in \(elapsed)")
        #expect(outcome.status == .rejected)
        #expect(
            outcome.findings.map(\.text) == [
                Finding.Text(
                    file: Self.fileName, line: nil, column: nil, rule: "xlsx", severity: .error, expected: expected,
                    found: found, cell: cell)
            ])
        #expect(try db.scalar("select count(*) from intake.line") == "0")
        #expect(try db.scalar("select count(*) from intake.submission where unit_code is not null") == "0")
        let raw = try db.scalar("select encode(raw, 'hex') = $1 from intake.upload", [.text(Self.hex(bytes))])
        #expect(raw == "t", "the raw upload is kept byte for byte")
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    private func scratch(_ name: String) throws -> URL {
        try HuizongBinary.temporaryDirectory().appendingPathComponent(name)
    }

    @Test("a PDF named .xlsx") func notAZip() throws {
        let url = try scratch("report.xlsx")
        try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8).write(to: url)
        try expectRefused(
            url, expected: "a zip archive (starting with PK)",
            found: "bytes starting 0x25 0x50 0x44 0x46")
    }

    @Test("a zip bomb: 200 MB of zeros in 200 KB") func zipBomb() throws {
        let url = try scratch("bomb.xlsx")
        let size: Int64 = 200 << 20
        try WorkbookFixture.write(to: url, size: size, stream: { _, count in Data(count: count) })
        try expectRefused(
            url, expected: "at most 67108864 bytes uncompressed",
            found: "209715200 bytes declared in the zip directory in xl/worksheets/sheet1.xml")
    }

    @Test("the workbook lists a sheet whose part is missing") func missingSheet() throws {
        let url = try scratch("missing.xlsx")
        try WorkbookFixture.write(to: url, sheet: "", omitSheetPart: true)
        try expectRefused(
            url, expected: "the part xl/worksheets/sheet1.xml holding sheet \"填报\"",
            found: "none")
    }

    @Test("an external link") func externalLink() throws {
        let url = try scratch("linked.xlsx")
        let relationship =
            #"<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="file:///C:/secret/budget.xlsx" TargetMode="External"/>"#
        try WorkbookFixture.write(
            to: url, sheet: WorkbookFixture.sheetXML(WorkbookFixture.row(1, ["表"])),
            extraRelationships: relationship)
        try expectRefused(
            url, expected: "a workbook without links to other files or sources",
            found:
                "a link to \"file:///C:/secret/budget.xlsx\" (relationship rId9, TargetMode=\"External\") in xl/_rels/workbook.xml.rels"
        )
    }

    @Test("a sheet of 1 048 576 rows, a formatted cell on each after a valid first data row")
    func millionRows() throws {
        let url = try scratch("million.xlsx")
        let head = Data(
            WorkbookFixture.sheetXML(
                WorkbookFixture.row(1, ["表", "项目", "决算数"]) + WorkbookFixture.row(2, ["收入", "其他收入", "1"])
            ).replacingOccurrences(of: "</sheetData></worksheet>", with: "").utf8)
        let row = Data("<row><c s=\"1\"/></row>".utf8)
        let tail = Data("</sheetData></worksheet>".utf8)
        let rows = Int64(CellReference.maxRow - 2)
        let size = Int64(head.count) + rows * Int64(row.count) + Int64(tail.count)
        try WorkbookFixture.write(to: url, size: size) { offset, count in
            WorkbookFixture.bytes(from: offset, count: count, head: head, repeating: row, times: rows, tail: tail)
        }
        try expectRefused(
            url, expected: "at most 100000 rows holding data on sheet \"填报\"",
            found: "more, the next at row 100001 in xl/worksheets/sheet1.xml")
    }

    @Test("a DOCTYPE declaring entities (billion laughs)") func doctype() throws {
        let url = try scratch("laughs.xlsx")
        let sheet =
            #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"#
        try WorkbookFixture.write(to: url, sheet: sheet)
        try expectRefused(
            url, expected: "no document type declaration",
            found: "a DOCTYPE declaration (refused: entity expansion) at line 1, column 22 in xl/worksheets/sheet1.xml")
    }
}

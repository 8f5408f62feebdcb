import Foundation
import Testing
import ZIPFoundation

@testable import XLSX

/// Builds small workbooks in memory, part by part, and variants with parts left out, added or streamed.
struct WorkbookFixture {
    /// A part generated chunk by chunk as the zip compresses it, so huge parts never sit in memory.
    struct StreamedPart {
        var path: String
        var size: Int64
        var provider: (Int64, Int) throws -> Data
    }

    var sheets: [(name: String, xml: String)]
    var sharedStrings: String?
    var workbookRelationships = ""
    var extraParts: [(String, String)] = []
    var omittedParts: Set<String> = []
    var streamedParts: [StreamedPart] = []

    init(sheets: [(name: String, xml: String)], sharedStrings: String? = nil) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
    }

    /// A workbook with one sheet named `name` holding `rows` (the XML inside `<sheetData>`).
    init(sheet name: String = "Sheet1", rows: String, sharedStrings: [String]? = nil) {
        self.init(sheets: [(name, Self.worksheet(rows))], sharedStrings: sharedStrings.map(Self.sharedStringTable))
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func worksheet(_ rows: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)"><sheetData>\(rows)</sheetData></worksheet>
        """
    }

    static func sharedStringTable(_ strings: [String]) -> String {
        let items = strings.map { "<si><t>\($0)</t></si>" }.joined()
        return "<sst xmlns=\"\(mainNamespace)\" count=\"\(strings.count)\">\(items)</sst>"
    }

    /// The workbook's parts, before omissions.
    var parts: [(String, String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", relationships),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml)) }
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        return parts + extraParts
    }

    private var contentTypes: String {
        """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/></Types>
        """
    }

    private var rootRelationships: String {
        """
        <Relationships xmlns="\(Self.packageNamespace)"><Relationship Id="rId1" \
        Type="\(Self.relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """
    }

    private var workbook: String {
        let entries = sheets.indices.map {
            "<sheet name=\"\(sheets[$0].name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(Self.mainNamespace)" xmlns:r="\(Self.relationshipNamespace)"><sheets>\(entries.joined())\
            </sheets></workbook>
            """
    }

    private var relationships: String {
        var entries = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        if sharedStrings != nil {
            entries.append(
                "<Relationship Id=\"rIdS\" Type=\"\(Self.relationshipNamespace)/sharedStrings\" "
                    + "Target=\"/xl/sharedStrings.xml\"/>")
        }
        return
            "<Relationships xmlns=\"\(Self.packageNamespace)\">\(entries.joined())\(workbookRelationships)</Relationships>"
    }

    /// The zip file's bytes.
    func bytes() throws -> [UInt8] {
        let streamedPaths = Set(streamedParts.map(\.path))
        let parts = self.parts.filter { !omittedParts.contains($0.0) && !streamedPaths.contains($0.0) }
        return try Self.zip(parts, streamed: streamedParts)
    }

    /// A zip holding `parts` (path, text), deflated, and then the streamed parts.
    static func zip(_ parts: [(String, String)], streamed: [StreamedPart] = []) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        for part in streamed {
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: part.size, compressionMethod: .deflate,
                bufferSize: 1 << 20, provider: part.provider)
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Rewrites the uncompressed size that the local header and the central directory declare for `path`:
    /// the lie a zip bomb tells.
    static func patchDeclaredSize(_ bytes: inout [UInt8], path: String, to size: UInt32) {
        let name = Array(path.utf8)
        let headers: [(signature: [UInt8], nameOffset: Int, sizeOffset: Int)] = [
            ([0x50, 0x4B, 0x03, 0x04], 30, 22), ([0x50, 0x4B, 0x01, 0x02], 46, 24),
        ]
        for header in headers {
            for start in 0..<(bytes.count - header.nameOffset - name.count)
            where bytes[start..<start + 4].elementsEqual(header.signature)
                && bytes[(start + header.nameOffset)..<(start + header.nameOffset + name.count)].elementsEqual(name)
            {
                for byte in 0..<4 {
                    bytes[start + header.sizeOffset + byte] = UInt8(truncatingIfNeeded: size >> (8 * byte))
                }
            }
        }
    }
}

/// Generates a sheet's XML in order, chunk by chunk, from a function giving each row's XML.
final class SheetStream: @unchecked Sendable {
    let rowCount: Int
    let row: (Int) -> String
    private let header = Array(WorkbookFixture.worksheet("").utf8)
    private var pending: [UInt8] = []
    private var offset = 0
    private var nextRow = 1

    init(rows rowCount: Int, row: @escaping (Int) -> String) {
        self.rowCount = rowCount
        self.row = row
    }

    /// The whole sheet's length in bytes, counted without keeping it.
    var size: Int64 {
        var total = Int64(header.count)
        for number in stride(from: 1, through: rowCount, by: 1) { total += Int64(row(number).utf8.count) }
        return total
    }

    /// The next `count` bytes; positions are asked for in order, as the zip writer does.
    func chunk(_ count: Int) -> Data {
        while pending.count - offset < count, nextRow <= rowCount + 1 { produce() }
        let end = min(pending.count, offset + count)
        let data = Data(pending[offset..<end])
        offset = end
        if offset > 1 << 20 {
            pending.removeSubrange(0..<offset)
            offset = 0
        }
        return data
    }

    /// The header goes before the first row, `</sheetData>` after the last; `worksheet("")` holds both.
    private func produce() {
        let split = header.count - "</sheetData></worksheet>".utf8.count
        if nextRow == 1 { pending += header[..<split] }
        if nextRow <= rowCount { pending += Array(row(nextRow).utf8) } else { pending += header[split...] }
        nextRow += 1
    }

    /// A streamed part at `path` for a fixture.
    func part(_ path: String = "xl/worksheets/sheet1.xml") -> WorkbookFixture.StreamedPart {
        WorkbookFixture.StreamedPart(path: path, size: size) { [self] _, count in chunk(count) }
    }
}

/// Helpers to read a fixture and catch the error it raises.
enum Read {
    static func rows(_ bytes: [UInt8], sheet: String = "Sheet1", limits: WorkbookLimits = .default) throws -> [SheetRow]
    {
        var rows: [SheetRow] = []
        try WorkbookReader(bytes: bytes, limits: limits).forEachRow(inSheet: sheet) { rows.append($0) }
        return rows
    }

    static func rows(_ fixture: WorkbookFixture, sheet: String = "Sheet1") throws -> [SheetRow] {
        try rows(fixture.bytes(), sheet: sheet)
    }

    /// The WorkbookError `body` throws; nil (failing the test) when it throws nothing or something else.
    static func error(_ body: () throws -> Void) -> WorkbookError? {
        do {
            try body()
        } catch let error as WorkbookError {
            return error
        } catch {
            Issue.record("expected a WorkbookError, got \(error)")
            return nil
        }
        Issue.record("expected a WorkbookError, got none")
        return nil
    }
}

/// What a test compares of a `WorkbookError`: its kind, place and English texts.
struct Refusal: Equatable {
    var kind: WorkbookError.Kind
    var part: String?
    var cell: String?
    var expected: String
    var found: String

    init(_ kind: WorkbookError.Kind, part: String? = nil, cell: String? = nil, expected: String, found: String) {
        (self.kind, self.part, self.cell, self.expected, self.found) = (kind, part, cell, expected, found)
    }

    /// Whether `error` reads as `refusal` says.
    static func == (error: WorkbookError?, refusal: Refusal) -> Bool {
        error.map { Refusal($0.kind, part: $0.part, cell: $0.cell, expected: $0.expected, found: $0.found) }
            == refusal
    }
}

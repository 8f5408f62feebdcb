import Foundation
import XLSX
import ZIPFoundation

/// Hand-built workbooks for the tests: a minimal valid package around sheet XML the test
/// controls, streamed into the archive so that huge parts never sit in memory.
enum WorkbookFixture {
    /// Produces the sheet part's bytes from `offset`, at most `count` of them.
    typealias Stream = (_ offset: Int64, _ count: Int) -> Data

    /// The sheet XML around `rows` (already `<row>` elements).
    static func sheetXML(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + rows + "</sheetData></worksheet>"
    }

    /// A row of inline-string cells from column A.
    static func row(_ number: Int, _ texts: [String]) -> String {
        var cells = ""
        for (index, text) in texts.enumerated() where !text.isEmpty {
            let reference = CellReference(row: number, column: index + 1).description
            if text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                cells += #"<c r="\#(reference)"><v>\#(text)</v></c>"#
            } else {
                cells += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(escaped(text))</t></is></c>"#
            }
        }
        return #"<row r="\#(number)">\#(cells)</row>"#
    }

    /// Writes a workbook whose only sheet is `name`, with `sheet` as its XML; `extraParts`
    /// and `extraRelationships` (raw `<Relationship …/>` elements) are added as given, and
    /// `omitSheetPart` leaves the sheet out although the workbook lists it.
    static func write(
        to url: URL, sheetName name: String = "填报", sheet: String, extraParts: [(String, String)] = [],
        extraRelationships: String = "", omitSheetPart: Bool = false
    ) throws {
        let data = Data(sheet.utf8)
        try write(
            to: url, sheetName: name, size: Int64(data.count),
            stream: { offset, count in data.subdata(in: Int(offset)..<Int(offset) + count) },
            extraParts: extraParts, extraRelationships: extraRelationships, omitSheetPart: omitSheetPart)
    }

    /// As above, with the sheet part's `size` bytes produced by `stream`.
    static func write(
        to url: URL, sheetName name: String = "填报", size: Int64, stream: @escaping Stream,
        extraParts: [(String, String)] = [], extraRelationships: String = "", omitSheetPart: Bool = false
    ) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        var parts = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheetName: name)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(extraRelationships)),
        ]
        parts += extraParts
        for (path, text) in parts { try add(archive, path, Data(text.utf8)) }
        guard !omitSheetPart else { return }
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: size, compressionMethod: .deflate,
            provider: { offset, count in stream(offset, count) })
    }

    /// Bytes `offset..<offset+count` of `head`, then `body` `times` times, then `tail`:
    /// a huge part produced piece by piece.
    static func bytes(from offset: Int64, count: Int, head: Data, repeating body: Data, times: Int64, tail: Data)
        -> Data
    {
        let bodyEnd = Int64(head.count) + Int64(body.count) * times
        var out = Data(capacity: count)
        var position = offset
        while out.count < count {
            let (part, start): (Data, Int64)
            if position < Int64(head.count) {
                (part, start) = (head, 0)
            } else if position >= bodyEnd {
                (part, start) = (tail, bodyEnd)
            } else {
                let index = (position - Int64(head.count)) / Int64(body.count)
                (part, start) = (body, Int64(head.count) + index * Int64(body.count))
            }
            let from = Int(position - start)
            let take = min(part.count - from, count - out.count)
            out.append(part.subdata(in: from..<from + take))
            position += Int64(take)
        }
        return out
    }

    private static func add(_ archive: Archive, _ path: String, _ data: Data) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
            provider: { offset, count in data.subdata(in: Int(offset)..<Int(offset) + count) })
    }

    private static let contentTypes = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
        """#

    private static let packageRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """#

    private static func workbook(sheetName: String) -> String {
        #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\#(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
        """#
    }

    private static func workbookRelationships(_ extra: String) -> String {
        #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\#(extra)</Relationships>
        """#
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

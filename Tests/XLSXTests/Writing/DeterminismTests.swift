import Foundation
import Testing
import XLSX
import ZIPFoundation

@Suite struct DeterminismTests {
    @Test func sameContentSameBytes() throws {
        let first = try SampleWorkbooks.report().bytes()
        let second = try SampleWorkbooks.report().bytes()
        #expect(first == second)
    }

    /// Dictionaries of cells, widths and heights iterate in a per-process random order; filling them in another
    /// order must not change the file.
    @Test func insertionOrderDoesNotMatter() throws {
        var forward = Worksheet(name: "S")
        var backward = Worksheet(name: "S")
        let cells = (1...40).map { CellReference(row: ($0 * 7) % 13 + 1, column: ($0 * 5) % 11 + 1) }
        for (offset, reference) in cells.enumerated() {
            forward.set(reference, .number(String(offset)), style: CellStyle(bold: offset % 2 == 0))
            forward.columnWidths[reference.column] = Double(reference.column) + 0.5
        }
        for (offset, reference) in cells.enumerated().reversed() {
            backward.set(reference, .number(String(offset)), style: CellStyle(bold: offset % 2 == 0))
            backward.columnWidths[reference.column] = Double(reference.column) + 0.5
        }
        #expect(try Workbook(sheets: [forward]).bytes() == Workbook(sheets: [backward]).bytes())
    }

    /// Every entry carries 1980-01-01 00:00 in DOS format (date 0x0021, time 0), whatever the clock or time zone.
    @Test func entriesHaveFixedDate() throws {
        let bytes = try SampleWorkbooks.report().bytes()
        var offset = 0
        var headers = 0
        while offset + 14 <= bytes.count {
            if bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
                #expect(Array(bytes[offset + 10..<offset + 14]) == [0x00, 0x00, 0x21, 0x00])
                headers += 1
            }
            offset += 1
        }
        #expect(headers == 10)
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        #expect(archive.allSatisfy { $0.type == .file && $0.compressedSize < $0.uncompressedSize })
    }
}

import Foundation
import Testing
import XLSX

/// A sheet of Excel's full 1 048 576 rows, generated as it is compressed.
@Suite struct LargeSheetTests {
    /// One short numeric cell per row keeps the part under the default 64 MiB.
    static let fullSheet: [UInt8] = {
        let stream = SheetStream(rows: CellReference.maxRow) {
            #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"#
        }
        var fixture = WorkbookFixture(rows: "")
        fixture.streamedParts = [stream.part()]
        return try! fixture.bytes()
    }()

    @Test(arguments: [10, WorkbookLimits.default.maxRows])
    func stopsAtMaxRows(maxRows: Int) throws {
        let bytes = Self.fullSheet
        var seen = 0
        let start = Date()
        let error = Read.error {
            try WorkbookReader(bytes: bytes, limits: WorkbookLimits(maxRows: maxRows)).forEachRow(inSheet: "Sheet1") {
                _ in seen += 1
            }
        }
        print(
            "1048576-row sheet (\(bytes.count) bytes zipped) refused after \(seen) rows in "
                + String(format: "%.3f s", Date().timeIntervalSince(start)))
        #expect(seen == maxRows)
        #expect(
            error
                == Refusal(
                    .tooManyRows, part: "xl/worksheets/sheet1.xml",
                    expected: "at most \(maxRows) rows holding data on sheet \"Sheet1\"",
                    found: "more, the next at row \(maxRows + 1)"))
    }

    /// Reads a full sheet of four cells a row; run with XLSX_BENCH=1, ideally in a release build.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["XLSX_BENCH"] != nil))
    func readsAFullSheet() throws {
        let stream = SheetStream(rows: CellReference.maxRow) { number in
            #"<row r="\#(number)" spans="1:4"><c r="A\#(number)" t="s"><v>0</v></c><c r="B\#(number)" s="2">"#
                + #"<v>1234.56</v></c><c r="C\#(number)"><f>B\#(number)*2</f><v>2469.12</v></c>"#
                + #"<c r="D\#(number)" t="inlineStr"><is><t>基本支出</t></is></c></row>"#
        }
        var fixture = WorkbookFixture(rows: "", sharedStrings: ["填报"])
        fixture.streamedParts = [stream.part()]
        let bytes = try fixture.bytes()
        let limits = WorkbookLimits(maxPartBytes: 1 << 30, maxTotalBytes: 1 << 30, maxRows: .max)
        var rows = 0
        var cells = 0
        let start = Date()
        try WorkbookReader(bytes: bytes, limits: limits).forEachRow(inSheet: "Sheet1") {
            rows += 1
            cells += $0.cells.count
        }
        let seconds = Date().timeIntervalSince(start)
        print(
            "read \(rows) rows, \(cells) cells, \(stream.size) bytes of XML (\(bytes.count) zipped) in "
                + String(format: "%.2f s, %.0f rows/s", seconds, Double(rows) / seconds))
        #expect(rows == CellReference.maxRow)
    }
}

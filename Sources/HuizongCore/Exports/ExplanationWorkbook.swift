import Postgres
import XLSX

/// The 审核说明 list as a workbook: one sheet 审核说明 with a title, the heading row styled
/// as the other exports' (frozen, filtered, repeated on every printed page) and one row of
/// text cells per warning, printed landscape one page wide.
enum ExplanationWorkbook {
    /// Column widths in characters, one per heading.
    static let widths: [Double] = [9, 14, 16, 13, 24, 12, 13, 32, 36, 10, 21, 9, 9, 24, 10, 21]

    /// Columns of names and free text, wrapped; the others (codes, ids, times) are kept as typed.
    static let wrapped: Set<Int> = [2, 3, 4, 6, 8, 9, 10, 14, 15]

    /// Points per wrapped line of the default font, and the smallest row.
    static let lineHeight = 14.5
    static let minimumHeight = 18.0

    /// The workbook of `list`'s run.
    static func bytes(of list: ExplanationList, connection: Connection) throws -> [UInt8] {
        try Workbook(sheets: [sheet(list, connection: connection)]).bytes()
    }

    private static func sheet(_ list: ExplanationList, connection: Connection) throws -> Worksheet {
        var sheet = Worksheet(name: "审核说明")
        let lastColumn = ExplanationList.headings.count
        sheet.merge(span(1, lastColumn), style: SheetStyles.title)
        sheet.set(CellReference(row: 1, column: 1), .text(list.title), style: SheetStyles.title)
        sheet.rowHeights[1] = 28
        var row = 2
        if !list.source.complete {
            sheet.merge(span(row, lastColumn), style: SheetStyles.note)
            sheet.set(
                CellReference(row: row, column: 1),
                .text("汇总不完整，缺少单位：" + list.source.missingUnits.joined(separator: "、")), style: SheetStyles.note)
            row += 1
        }
        let headingRow = row
        for (index, heading) in ExplanationList.headings.enumerated() {
            sheet.set(CellReference(row: row, column: index + 1), .text(heading), style: SheetStyles.heading)
        }
        row += 1
        try list.forEachRow(connection) { entry in
            let values = list.cells(entry)
            for (index, value) in values.enumerated() {
                let column = index + 1
                let style = wrapped.contains(column) ? SheetStyles.paragraph : SheetStyles.code
                let reference = CellReference(row: row, column: column)
                if let value { sheet.set(reference, .text(value), style: style) } else { sheet.style(reference, style) }
            }
            sheet.rowHeights[row] = height(of: values)
            row += 1
        }
        sheet.columnWidths = Dictionary(uniqueKeysWithValues: widths.enumerated().map { ($0.offset + 1, $0.element) })
        sheet.frozenRows = headingRow
        sheet.autoFilter = CellRange(
            CellReference(row: headingRow, column: 1), CellReference(row: max(headingRow, row - 1), column: lastColumn))
        sheet.pageSetup = PageSetup(
            orientation: .landscape, fitToHeight: 0,
            printArea: CellRange(CellReference(row: 1, column: 1), CellReference(row: row - 1, column: lastColumn)),
            repeatRows: headingRow...headingRow)
        return sheet
    }

    /// The height a row needs to show its wrapped cells whole: spreadsheets do not fit a
    /// row to wrapped text they did not lay out themselves.
    static func height(of values: [String?]) -> Double {
        let lines = values.enumerated().map { index, value in
            wrapped.contains(index + 1) ? lineCount(value ?? "", width: widths[index]) : 1
        }
        return max(minimumHeight, Double(lines.max() ?? 1) * lineHeight + 3)
    }

    /// The lines `text` wraps to in a column `width` characters wide, a CJK character taking two.
    static func lineCount(_ text: String, width: Double) -> Int {
        let paragraphs = text.split(omittingEmptySubsequences: false) { $0.isNewline }
        return paragraphs.reduce(0) { count, paragraph in
            let units = paragraph.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 ? 2 : 1.1) }
            return count + max(1, Int((units / max(1, width - 1)).rounded(.up)))
        }
    }

    private static func span(_ row: Int, _ lastColumn: Int) -> CellRange {
        CellRange(CellReference(row: row, column: 1), CellReference(row: row, column: lastColumn))
    }
}

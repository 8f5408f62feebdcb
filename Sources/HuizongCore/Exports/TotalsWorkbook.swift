import Postgres
import XLSX

/// The totals as a workbook with one sheet per classification (economic, functional, unit),
/// the one asked for first; each prints on A4 pages with its heading repeated.
enum TotalsWorkbook {
    /// The workbook of `first`'s run, its sheet first.
    static func bytes(first: TotalsTable, connection: Connection) throws -> [UInt8] {
        let source = first.source
        let order = [first.dimension] + TotalsTable.Dimension.allCases.filter { $0 != first.dimension }
        var sheets: [Worksheet] = []
        for dimension in order {
            let table = TotalsTable(source: source, dimension: dimension)
            sheets.append(try sheet(table, connection: connection))
        }
        return try Workbook(sheets: sheets).bytes()
    }

    private static func sheet(_ table: TotalsTable, connection: Connection) throws -> Worksheet {
        var sheet = Worksheet(name: table.dimension.sheetName)
        let source = table.source
        let lastColumn = 6
        let title = "\(source.nodeName)\(source.fiscalYear)年度支出合计（按\(table.dimension.title)）"
        sheet.merge(span(1, lastColumn), style: SheetStyles.title)
        sheet.set(CellReference(row: 1, column: 1), .text(title), style: SheetStyles.title)
        sheet.rowHeights[1] = 28
        var row = 2
        if !source.complete {
            sheet.merge(span(row, lastColumn), style: SheetStyles.note)
            sheet.set(
                CellReference(row: row, column: 1),
                .text("汇总不完整，缺少单位：" + source.missingUnits.joined(separator: "、")), style: SheetStyles.note)
            row += 1
        }
        let headingRow = row
        for (index, heading) in table.headings.enumerated() {
            sheet.set(CellReference(row: row, column: index + 1), .text(heading), style: SheetStyles.heading)
        }
        row += 1
        try table.forEachRow(connection) { entry in
            var name = SheetStyles.label
            name.indent = max(0, entry.level - 1)
            sheet.set(CellReference(row: row, column: 1), .text(entry.code), style: SheetStyles.code)
            sheet.set(CellReference(row: row, column: 2), .text(entry.name), style: name)
            sheet.set(CellReference(row: row, column: 3), .number(String(entry.level)), style: SheetStyles.count)
            for (offset, amount) in [entry.basic, entry.project, entry.total].enumerated() {
                sheet.set(CellReference(row: row, column: 4 + offset), .number(amount.wan), style: SheetStyles.amount)
            }
            row += 1
        }
        sheet.columnWidths = [1: 12, 2: 34, 3: 6, 4: 14, 5: 14, 6: 14]
        sheet.frozenRows = headingRow
        sheet.pageSetup = PageSetup(
            orientation: .portrait, fitToHeight: 0,
            printArea: CellRange(CellReference(row: 1, column: 1), CellReference(row: row - 1, column: lastColumn)),
            repeatRows: headingRow...headingRow)
        return sheet
    }

    private static func span(_ row: Int, _ lastColumn: Int) -> CellRange {
        CellRange(CellReference(row: row, column: 1), CellReference(row: row, column: lastColumn))
    }
}

extension TotalsTable.Dimension {
    /// The sheet's name in the totals workbook.
    var sheetName: String {
        switch self {
        case .econ: return "经济分类"
        case .func: return "功能分类"
        case .unit: return "单位"
        }
    }
}

import XLSX

/// The base-data table as attachment 1 of the reference report lays it out, on one A4
/// page: title, staffing, the three money columns, 楼堂馆所, 厉行节约 and the signature lines.
///
/// Columns: A holds the labels; B–G the figures, as three merged pairs for the money
/// block and as six cells for the 楼堂馆所 block, which needs them.
struct BaseDataWorkbook {
    let table: BaseDataTable
    private var sheet = Worksheet(name: "基础数据表")
    private var row = 1

    init(table: BaseDataTable) {
        self.table = table
    }

    /// The workbook's bytes.
    static func bytes(of table: BaseDataTable) throws -> [UInt8] {
        var layout = BaseDataWorkbook(table: table)
        return try Workbook(sheets: [layout.build()]).bytes()
    }

    private mutating func build() -> Worksheet {
        title()
        staffing()
        money()
        buildings()
        closing()
        sheet.columnWidths = [1: 38].merging((2...7).map { ($0, 12.5) }) { $1 }
        sheet.pageSetup = PageSetup(
            orientation: .portrait, fitToOnePage: true,
            printArea: CellRange(CellReference(row: 1, column: 1), CellReference(row: row - 1, column: 7)))
        return sheet
    }

    private mutating func title() {
        let source = table.source
        span("\(source.nodeName)\(source.fiscalYear)年度部门整体支出绩效评价基础数据表", style: SheetStyles.title)
        sheet.rowHeights[row - 1] = 30
        if !source.complete {
            span("汇总不完整，缺少单位：" + source.missingUnits.joined(separator: "、"), style: SheetStyles.note)
        }
    }

    private mutating func staffing() {
        let staffing = table.staffing
        label("财政供养人员情况（人）", rows: 2)
        pairs(["编制数", "实有在职人数", "控制率"].map { .text($0) }, style: SheetStyles.heading)
        row += 1
        let inService: CellContent? = staffing.map { staffing in
            staffing.excluded == "0"
                ? .number(staffing.inService) : .text("\(staffing.inService)（含不计入控制率人员\(staffing.excluded)人）")
        }
        pairs([staffing.map { .number($0.authorized) }, inService], style: SheetStyles.count)
        sheet.rowHeights[row] = 30
        let rate = staffing?.controlFraction.map { CellContent.number($0) }
        pair(at: 6, rate, style: SheetStyles.percent)
        row += 1
    }

    private mutating func money() {
        label("经费控制情况（万元）")
        pairs(table.columnTitles.map { .text($0) }, style: SheetStyles.heading)
        row += 1
        for entry in table.rows {
            label(entry.label, indent: Self.indent(of: entry.key))
            pairs(
                [entry.priorActual, entry.budgetFinal, entry.actual].map { $0.map { .number($0.wan) } },
                style: SheetStyles.amount)
            sheet.rowHeights[row] = 18
            row += 1
        }
    }

    private mutating func buildings() {
        label("楼堂馆所控制情况（\(table.source.fiscalYear)年完工项目）", rows: 2)
        let headings = ["批复规模（㎡）", "实际规模（㎡）", "规模控制率", "预算投资（万元）", "实际投资（万元）", "投资概算控制率"]
        for (offset, heading) in headings.enumerated() {
            sheet.set(CellReference(row: row, column: 2 + offset), .text(heading), style: SheetStyles.heading)
            sheet.style(CellReference(row: row + 1, column: 2 + offset), SheetStyles.amount)
        }
        sheet.rowHeights[row] = 30
        row += 2
    }

    private mutating func closing() {
        label("厉行节约保障措施")
        let text = table.footer.savingsMeasures
        sheet.merge(range(row, 2, row, 7), style: SheetStyles.paragraph)
        if let text { sheet.set(CellReference(row: row, column: 2), .text(text), style: SheetStyles.paragraph) }
        sheet.rowHeights[row] = 48
        row += 1
        span(Self.explanation, style: SheetStyles.note)
        sheet.rowHeights[row - 1] = 42
        span(table.footer.signatureLine, style: SheetStyles.footer)
        span(table.footer.headLine, style: SheetStyles.footer)
    }

    /// A bordered label in column A, over `rows` rows.
    private mutating func label(_ text: String, indent: Int = 0, rows: Int = 1) {
        var style = SheetStyles.label
        style.indent = indent
        if rows > 1 { sheet.merge(range(row, 1, row + rows - 1, 1), style: style) }
        sheet.set(CellReference(row: row, column: 1), .text(text), style: style)
    }

    /// Up to three values in the merged pairs B:C, D:E and F:G of the current row.
    private mutating func pairs(_ values: [CellContent?], style: CellStyle) {
        for (index, value) in values.enumerated() { pair(at: 2 + 2 * index, value, style: style) }
    }

    private mutating func pair(at column: Int, _ value: CellContent?, style: CellStyle) {
        sheet.merge(range(row, column, row, column + 1), style: style)
        if let value { sheet.set(CellReference(row: row, column: column), value, style: style) }
    }

    /// A row-wide merged line (title, notes, signatures).
    private mutating func span(_ text: String, style: CellStyle) {
        sheet.merge(range(row, 1, row, 7), style: style)
        sheet.set(CellReference(row: row, column: 1), .text(text), style: style)
        row += 1
    }

    private func range(_ top: Int, _ left: Int, _ bottom: Int, _ right: Int) -> CellRange {
        CellRange(CellReference(row: top, column: left), CellReference(row: bottom, column: right))
    }

    /// 其中 rows are indented once, the rows under them (each special project, the two
    /// vehicle rows) twice.
    static func indent(of key: String) -> Int {
        if key.hasPrefix("project.special:") || key.hasPrefix("three_public.vehicles.") { return 2 }
        return key.contains(".") ? 1 : 0
    }

    /// The attachment's own note under the table.
    static let explanation =
        "说明：“公用经费”填报基本支出中的一般商品和服务支出。“项目支出”需要填报基本支出以外的所有项目支出情况，"
        + "“运行维护经费”填报项目支出中用于人员类和公用运转类的支出。"
}

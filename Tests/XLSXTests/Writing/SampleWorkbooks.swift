import XLSX

/// Workbooks the tests write: a printed report with every feature, and a small input template.
enum SampleWorkbooks {
    static func ref(_ text: String) -> CellReference { CellReference(text)! }
    static func range(_ first: String, _ last: String) -> CellRange { CellRange(ref(first), ref(last)) }

    static let title = CellStyle(bold: true, fontSize: 16, horizontal: .center)
    static let header = CellStyle(bold: true, horizontal: .center, wrap: true, border: true, fill: "FFF2F2F2")
    static let amount = CellStyle(horizontal: .right, border: true, numberFormat: .decimal2)
    static let label = CellStyle(border: true, indent: 1)

    /// 表1: title merged over four columns, a two-row header with merges, amounts to two decimals, and every
    /// sheet-level feature (widths, heights, frozen rows, filter, protection, lists, print settings).
    static func report() -> Workbook {
        var sheet = Worksheet(name: "表1 收入")
        sheet.set(ref("A1"), .text("2024年部门收入预算表"), style: title)
        sheet.merge(range("A1", "D1"))
        sheet.set(ref("A2"), .text("科目"), style: header)
        sheet.merge(range("A2", "A3"), style: header)
        sheet.set(ref("B2"), .text("金额（万元）"), style: header)
        sheet.merge(range("B2", "D2"), style: header)
        for (column, text) in ["本年", "上年", "增减"].enumerated() {
            sheet.set(CellReference(row: 3, column: column + 2), .text(text), style: header)
        }
        let rows: [(String, [String])] = [
            ("一般公共预算", ["3708.44", "3600", "108.44"]),
            ("=SUM(A1)", ["-12", "0.5", "+7"]),
            ("<&>\"", ["1", "2", "3"]),
        ]
        for (offset, (name, amounts)) in rows.enumerated() {
            sheet.set(CellReference(row: offset + 4, column: 1), .text(name), style: label)
            for (column, value) in amounts.enumerated() {
                sheet.set(CellReference(row: offset + 4, column: column + 2), .number(value), style: amount)
            }
        }
        sheet.set(ref("A8"), .text("+1"))
        sheet.set(ref("B8"), .text("-1"))
        sheet.set(ref("C8"), .text("@x"))
        sheet.set(ref("D8"), .text("a\u{1}b"))
        sheet.set(ref("A9"), .text(" 注：单位万元\n第二行"))
        sheet.set(ref("B9"), .text("一般公共预算"))
        sheet.set(ref("C9"), .number("1234.5"), style: CellStyle(numberFormat: .custom("#,##0.00"), locked: false))
        sheet.columnWidths = [1: 24, 2: 12.5, 3: 12.5, 4: 12.5]
        sheet.rowHeights = [1: 30, 2: 20, 12: 18]
        sheet.frozenRows = 3
        sheet.autoFilter = range("A3", "D6")
        sheet.isProtected = true
        sheet.dataValidations = [
            DataValidation(
                range: range("A10", "A20"), list: .range(sheet: "代码", range("A2", "A4")),
                errorTitle: "输入错误", errorMessage: "请从下拉列表中选择", promptTitle: "科目", prompt: "选择科目"),
            DataValidation(range: range("B10", "B20"), list: .values(["是", "否"]), allowBlank: false),
        ]
        sheet.pageSetup = PageSetup(
            orientation: .landscape, fitToHeight: 0, printArea: range("A1", "D9"), repeatRows: 2...3)
        return Workbook(sheets: [sheet, codeList()])
    }

    /// 代码: the code list the drop-downs point at.
    static func codeList() -> Worksheet {
        var sheet = Worksheet(name: "代码")
        sheet.set(ref("A1"), .text("科目"))
        for (offset, code) in ["201 一般公共服务", "205 教育", "208 社会保障和就业"].enumerated() {
            sheet.set(CellReference(row: offset + 2, column: 1), .text(code))
        }
        return sheet
    }

    /// An input template: a frozen header, unlocked input cells with a drop-down from a hidden code list,
    /// and a protected sheet.
    static func template() -> Workbook {
        var input = Worksheet(name: "填报")
        for (column, text) in ["科目", "金额"].enumerated() {
            input.set(CellReference(row: 1, column: column + 1), .text(text), style: header)
        }
        for row in 2...20 {
            input.style(CellReference(row: row, column: 1), CellStyle(border: true, locked: false))
            input.style(
                CellReference(row: row, column: 2), CellStyle(border: true, numberFormat: .decimal2, locked: false))
        }
        input.frozenRows = 1
        input.isProtected = true
        input.dataValidations = [
            DataValidation(
                range: range("A2", "A20"), list: .range(sheet: "代码", range("A2", "A4")), errorTitle: "输入错误",
                errorMessage: "请从下拉列表中选择", prompt: "选择科目")
        ]
        var codes = codeList()
        codes.state = .hidden
        return Workbook(sheets: [input, codes])
    }
}

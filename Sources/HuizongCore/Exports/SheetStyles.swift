import XLSX

/// The cell styles of Huizong's workbooks: 宋体 throughout, thin borders inside tables,
/// two decimals on amounts, as printed government tables look.
enum SheetStyles {
    static let title = CellStyle(bold: true, fontSize: 16, horizontal: .center)
    static let heading = CellStyle(bold: true, horizontal: .center, wrap: true, border: true, fill: "FFF2F2F2")
    static let label = CellStyle(horizontal: .left, wrap: true, border: true)
    static let amount = CellStyle(horizontal: .right, border: true, numberFormat: .decimal2)
    static let count = CellStyle(horizontal: .center, wrap: true, border: true, numberFormat: .integer)
    /// Points of the 自评表 (分值, 得分): `4`, `2.5`, as typed.
    static let points = CellStyle(horizontal: .center, wrap: true, border: true)
    static let percent = CellStyle(horizontal: .center, border: true, numberFormat: .percent2)
    static let code = CellStyle(horizontal: .left, border: true, numberFormat: .text)
    static let paragraph = CellStyle(horizontal: .left, wrap: true, border: true)
    static let note = CellStyle(fontSize: 9, horizontal: .left, wrap: true)
    static let footer = CellStyle(horizontal: .left)
}

/// Every finding intake makes before the SQL rules run — decoding, CSV syntax, the header,
/// typed cells, meta, the office's lock, workbooks — one case each, rendered here and
/// nowhere else. The raw value is the finding's code, then, after a dot, its `problem`
/// argument when one code has several shapes (`csv_syntax.unclosed_quote`).
public enum IntakeMessage: String, Sendable, CaseIterable {
    case encoding
    case headerEmptyFile = "header.empty_file"
    case headerUnknownColumn = "header.unknown_column"
    case headerEmptyColumnName = "header.empty_column_name"
    case headerDuplicateColumn = "header.duplicate_column"
    case headerNoSection = "header.no_section"
    case csvStrayQuote = "csv_syntax.stray_quote"
    case csvUnclosedQuote = "csv_syntax.unclosed_quote"
    case csvAfterQuote = "csv_syntax.after_quote"
    case csvFieldCount = "csv_syntax.field_count"
    case section
    case itemOnExpenditure = "item.on_expenditure"
    case item
    case kind
    case projectType = "project_type"
    case funcCode = "func_code"
    case econCode = "econ_code"
    case amount
    case count
    case metaUnitCodeEmpty = "meta.unit_code_empty"
    case metaFiscalYear = "meta.fiscal_year"
    case metaUnitMismatch = "meta.unit_mismatch"
    case metaUnregistered = "meta.unregistered"
    case metaYearMismatch = "meta.year_mismatch"
    case locked
    case xlsxNoSheets = "xlsx.no_sheets"
    case xlsxEmptySheet = "xlsx.empty_sheet"
    case xlsxUnreadable = "xlsx.unreadable"
    case cellBeyondHeader = "xlsx_cell.beyond_header"
    case cellErrorValue = "xlsx_cell.error_value"
    case cellNoResult = "xlsx_cell.no_result"

    /// The finding's code: the raw value up to its dot.
    public var code: String {
        String(rawValue.prefix { $0 != "." })
    }

    /// The `problem` argument that tells this shape from the code's others; nil for none.
    public var problem: String? {
        rawValue.firstIndex(of: ".").map { String(rawValue[rawValue.index(after: $0)...]) }
    }

    /// The message, in both languages.
    public var template: MessageTemplate {
        MessageTemplate(name: Self.name(code), expected: expected, found: found)
    }

    private var expected: (en: String, zh: String) {
        switch self {
        case .encoding: ("UTF-8 or GB18030 text", "UTF-8 或 GB18030 编码的文本")
        case .headerEmptyFile: ("a header row", "表头行")
        case .headerUnknownColumn, .headerEmptyColumnName:
            ("one of the column names: {@columns}", "以下列名之一：{@columns}")
        case .headerDuplicateColumn: ("each column at most once", "每列最多出现一次")
        case .headerNoSection: ("a section column (section or 表)", "“表”列（列名为 表 或 section）")
        case .csvStrayQuote:
            (
                "a double quote only at the start of a field (inside quotes write it twice)",
                "双引号只能出现在字段开头（引号内的双引号要连写两个）"
            )
        case .csvUnclosedQuote: ("a closing double quote", "闭合的双引号")
        case .csvAfterQuote: ("a comma or line end after the closing double quote", "闭合双引号之后紧跟逗号或换行")
        case .csvFieldCount: ("{expected} fields", "{expected} 个字段")
        case .section: ("one of the sections: {@sections}", "以下表之一：{@sections}")
        case .itemOnExpenditure: ("an empty item on an expenditure line", "支出行的“项目”留空")
        case .item: ("one of the items of {section}: {@items}", "“{section|section}”表的以下项目之一：{@items}")
        case .kind: ("{@kinds}", "{@kinds}")
        case .projectType: ("{@project_types}", "{@project_types}")
        case .funcCode: ("a 7-digit functional classification code, e.g. 2150501", "7 位功能分类代码，例如 2150501")
        case .econCode: ("a 5-digit economic classification code, e.g. 30101", "5 位经济分类代码，例如 30101")
        case .amount: ("a yuan amount with at most two decimals, e.g. 1234.56", "以元为单位的金额，最多两位小数，例如 1234.56")
        case .count:
            (
                "a whole non-negative number of at most \(CellSyntax.maxCountDigits) digits, e.g. 17",
                "不超过 \(CellSyntax.maxCountDigits) 位的非负整数，例如 17"
            )
        case .metaUnitCodeEmpty: ("the unit's code", "单位代码")
        case .metaFiscalYear: ("a four-digit year, e.g. 2022", "四位数字的年度，例如 2022")
        case .metaUnitMismatch: ("unit_code {expected} (the upload's unit)", "单位代码 {expected}（上传时选定的单位）")
        case .metaUnregistered: ("a registered unit code", "已登记的单位代码")
        case .metaYearMismatch: ("fiscal_year {expected} (the upload's year)", "年度 {expected}（上传时选定的年度）")
        case .locked:
            (
                "an unlocked unit and year (approved by {by} on {on}; the finance office must unlock it first)",
                "未锁定的单位和年度（已由 {by} 于 {on} 审核通过并锁定；须先由财务部门解锁）"
            )
        case .xlsxNoSheets: ("a workbook with a sheet", "至少有一个工作表的工作簿")
        case .xlsxEmptySheet: ("a header row on sheet {sheet}", "工作表 {sheet} 上的表头行")
        case .xlsxUnreadable: ("{expected}", "{expected_zh}")
        case .cellBeyondHeader: ("an empty cell (no column header above it)", "空单元格（上方没有列标题）")
        case .cellErrorValue, .cellNoResult:
            (
                "a value (a formula counts only by its saved result: open and save the file in Excel or WPS, "
                    + "or paste values)",
                "一个值（公式只按保存下来的计算结果读取：请在 Excel 或 WPS 中打开并保存文件，或粘贴为数值）"
            )
        }
    }

    private var found: (en: String, zh: String) {
        switch self {
        case .encoding:
            (
                "bytes that are neither[ (byte {byte} on line {line} is not UTF-8)]",
                "既不是 UTF-8 也不是 GB18030 的字节[（第 {line} 行的字节 {byte} 不是 UTF-8）]"
            )
        case .headerEmptyFile: ("an empty file", "空文件")
        case .headerEmptyColumnName: ("an empty column name", "空列名")
        case .headerDuplicateColumn: ("{found} (a second {column} column)", "{found}（又一个“{column|column}”列）")
        case .headerNoSection: ("no section column", "没有“表”列")
        case .csvUnclosedQuote: ("a quote opened on line {start} that is never closed", "第 {start} 行开始的引号没有闭合")
        case .csvFieldCount: ("{found} fields", "{found} 个字段")
        case .section, .item, .metaUnitCodeEmpty, .metaFiscalYear: ("{found|empty}", "{found|empty}")
        case .locked: ("locked", "已锁定")
        case .xlsxNoSheets: ("no sheets", "没有工作表")
        case .xlsxEmptySheet: ("an empty sheet", "空工作表")
        case .xlsxUnreadable: ("{found}", "{found_zh}")
        case .cellErrorValue: ("the error value {value}[ of ={formula}]", "错误值 {value}[（公式 ={formula}）]")
        case .cellNoResult: ("the formula ={formula} saved without its result", "保存时没有计算结果的公式 ={formula}")
        case .headerUnknownColumn, .csvStrayQuote, .csvAfterQuote, .itemOnExpenditure, .kind, .projectType,
            .funcCode, .econCode, .amount, .count, .metaUnitMismatch, .metaUnregistered, .metaYearMismatch,
            .cellBeyondHeader:
            ("{found}", "{found}")
        }
    }

    private static func name(_ code: String) -> (en: String, zh: String) {
        (code, chineseNames[code] ?? code)
    }

    private static let chineseNames = [
        "encoding": "文件编码", "header": "表头", "csv_syntax": "CSV 格式", "section": "表", "item": "项目",
        "kind": "支出类型", "project_type": "项目类别", "func_code": "功能分类代码", "econ_code": "经济分类代码",
        "amount": "金额格式", "count": "数量格式", "meta": "基本信息", "locked": "已审核锁定", "xlsx": "Excel 文件",
        "xlsx_cell": "Excel 单元格",
    ]
}

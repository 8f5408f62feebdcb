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
    case csvNulByte = "csv_syntax.nul_byte"
    case tooManyFindings = "too_many_findings"
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
    case databaseRefused = "database_refused"
    case xlsxNoSheets = "xlsx.no_sheets"
    case xlsxEmptySheet = "xlsx.empty_sheet"
    case xlsxEmptyFile = "xlsx.empty_file"
    case xlsxNotAZip = "xlsx.not_a_zip"
    case xlsxOLEFile = "xlsx.ole_file"
    case xlsxFileTooLarge = "xlsx.file_too_large"
    case xlsxDamagedZip = "xlsx.damaged_zip"
    case xlsxMissingPart = "xlsx.missing_part"
    case xlsxPartTooLarge = "xlsx.part_too_large"
    case xlsxPartTooLargeInflated = "xlsx.part_too_large_inflated"
    case xlsxChecksumMismatch = "xlsx.checksum_mismatch"
    case xlsxLargerThanDeclared = "xlsx.larger_than_declared"
    case xlsxWorkbookTooLarge = "xlsx.workbook_too_large"
    case xlsxDamagedData = "xlsx.damaged_data"
    case xlsxUTF16XML = "xlsx.utf16_xml"
    case xlsxMissingContentTypes = "xlsx.missing_content_types"
    case xlsxMissingWorkbookRelationships = "xlsx.missing_workbook_relationships"
    case xlsxExternalLink = "xlsx.external_link"
    case xlsxExternalLinkPart = "xlsx.external_link_part"
    case xlsxMissingWorkbookPart = "xlsx.missing_workbook_part"
    case xlsxSheetNotFound = "xlsx.sheet_not_found"
    case xlsxNoSheetToRead = "xlsx.no_sheet_to_read"
    case xlsxNotAWorksheet = "xlsx.not_a_worksheet"
    case xlsxMissingSheetPart = "xlsx.missing_sheet_part"
    case xlsxSheetWithoutName = "xlsx.sheet_without_name"
    case xlsxMissingSheetRelationship = "xlsx.missing_sheet_relationship"
    case xlsxIncompleteRelationship = "xlsx.incomplete_relationship"
    case xlsxRowOutOfOrder = "xlsx.row_out_of_order"
    case xlsxRowBeyondLast = "xlsx.row_beyond_last"
    case xlsxTooManyRows = "xlsx.too_many_rows"
    case xlsxColumnBeyondLimit = "xlsx.column_beyond_limit"
    case xlsxTooManyCellsInRow = "xlsx.too_many_cells_in_row"
    case xlsxBadCellReference = "xlsx.bad_cell_reference"
    case xlsxCellTooLong = "xlsx.cell_too_long"
    case xlsxSharedStringTooLong = "xlsx.shared_string_too_long"
    case xlsxTooManySharedStrings = "xlsx.too_many_shared_strings"
    case xlsxNotANumber = "xlsx.not_a_number"
    case xlsxBadSharedStringIndex = "xlsx.bad_shared_string_index"
    case xlsxBadBoolean = "xlsx.bad_boolean"
    case xlsxBadCellType = "xlsx.bad_cell_type"
    case xlsxXMLTextOutsideRoot = "xlsx.xml_text_outside_root"
    case xlsxXMLEndInsideTag = "xlsx.xml_end_inside_tag"
    case xlsxXMLEndInsideProcessingInstruction = "xlsx.xml_end_inside_processing_instruction"
    case xlsxXMLEndInsideComment = "xlsx.xml_end_inside_comment"
    case xlsxXMLEndInsideCDATA = "xlsx.xml_end_inside_cdata"
    case xlsxXMLCDATAOutsideRoot = "xlsx.xml_cdata_outside_root"
    case xlsxXMLDoctype = "xlsx.xml_doctype"
    case xlsxXMLUnknownDeclaration = "xlsx.xml_unknown_declaration"
    case xlsxXMLLessThanInTag = "xlsx.xml_less_than_in_tag"
    case xlsxXMLUnclosedElement = "xlsx.xml_unclosed_element"
    case xlsxXMLNoRootElement = "xlsx.xml_no_root_element"
    case xlsxXMLElementAfterRoot = "xlsx.xml_element_after_root"
    case xlsxXMLTooDeep = "xlsx.xml_too_deep"
    case xlsxXMLSlashInTag = "xlsx.xml_slash_in_tag"
    case xlsxXMLNoSpaceBeforeAttribute = "xlsx.xml_no_space_before_attribute"
    case xlsxXMLBadElementName = "xlsx.xml_bad_element_name"
    case xlsxXMLBadEndElementName = "xlsx.xml_bad_end_element_name"
    case xlsxXMLBadEndTag = "xlsx.xml_bad_end_tag"
    case xlsxXMLMismatchedEndTag = "xlsx.xml_mismatched_end_tag"
    case xlsxXMLEndTagAfterRoot = "xlsx.xml_end_tag_after_root"
    case xlsxXMLTooManyAttributes = "xlsx.xml_too_many_attributes"
    case xlsxXMLBadAttributeName = "xlsx.xml_bad_attribute_name"
    case xlsxXMLNoEqualsSign = "xlsx.xml_no_equals_sign"
    case xlsxXMLUnquotedAttribute = "xlsx.xml_unquoted_attribute"
    case xlsxXMLUnclosedQuote = "xlsx.xml_unclosed_quote"
    case xlsxXMLLessThanInAttribute = "xlsx.xml_less_than_in_attribute"
    case xlsxXMLNotUTF8 = "xlsx.xml_not_utf8"
    case xlsxXMLUnterminatedReference = "xlsx.xml_unterminated_reference"
    case xlsxXMLInvalidCharacterReference = "xlsx.xml_invalid_character_reference"
    case xlsxXMLUndefinedEntity = "xlsx.xml_undefined_entity"
    case cellBeyondHeader = "xlsx_cell.beyond_header"
    case cellErrorValue = "xlsx_cell.error_value"
    case cellNoResult = "xlsx_cell.no_result"
    case indicatorHeader = "indicator.header"
    case indicatorNoRows = "indicator.no_rows"
    case indicatorEmpty = "indicator.empty"
    case indicatorLevel1 = "indicator.level1"
    case indicatorLevel2 = "indicator.level2"
    case indicatorWeight = "indicator.weight"
    case indicatorScore = "indicator.score"
    case indicatorScoreAboveWeight = "indicator.score_above_weight"
    case indicatorScoreMissing = "indicator.score_missing"
    case indicatorReasonMissing = "indicator.reason_missing"
    case indicatorDuplicate = "indicator.duplicate"
    case indicatorLevelWeight = "indicator.level_weight"
    case indicatorComputedActual = "indicator.computed_actual"
    case indicatorTargetNotMet = "indicator.target_not_met"
    case indicatorFullWeight = "indicator.full_weight"

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
        let texts = workbookTexts ?? indicatorTexts ?? (expected, found)
        return MessageTemplate(name: Self.name(code), expected: texts.expected, found: texts.found)
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
        case .tooManyFindings:
            ("at most {limit} findings listed per file", "每个文件最多列出 {limit} 个问题")
        case .csvNulByte: ("text without NUL bytes (0x00)", "不含 NUL 字节（值为 0 的字节）的文本")
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
        case .databaseRefused:
            ("a file the database can store", "数据库能够保存的文件")
        case .xlsxNoSheets: ("a workbook with a sheet", "至少有一个工作表的工作簿")
        case .xlsxEmptySheet: ("a header row on sheet {sheet}", "工作表 {sheet} 上的表头行")
        case .cellBeyondHeader: ("an empty cell (no column header above it)", "空单元格（上方没有列标题）")
        case .cellErrorValue, .cellNoResult:
            (
                "a value (a formula counts only by its saved result: open and save the file in Excel or WPS, "
                    + "or paste values)",
                "一个值（公式只按保存下来的计算结果读取：请在 Excel 或 WPS 中打开并保存文件，或粘贴为数值）"
            )
        default: ("", "")  // A workbook that cannot be read: `workbookTexts`.
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
        case .csvNulByte: ("a NUL byte", "NUL 字节")
        case .tooManyFindings: ("{omitted} more, not listed", "另有 {omitted} 个问题未列出")
        case .headerEmptyColumnName: ("an empty column name", "空列名")
        case .headerDuplicateColumn: ("{found} (a second {column} column)", "{found}（又一个“{column|column}”列）")
        case .headerNoSection: ("no section column", "没有“表”列")
        case .csvUnclosedQuote: ("a quote opened on line {start} that is never closed", "第 {start} 行开始的引号没有闭合")
        case .csvFieldCount: ("{found} fields", "{found} 个字段")
        case .section, .item, .metaUnitCodeEmpty, .metaFiscalYear: ("{found|empty}", "{found|empty}")
        case .locked: ("locked", "已锁定")
        case .databaseRefused: ("refused by the database (SQLSTATE {sqlstate})", "被数据库拒绝（错误代码 {sqlstate}）")
        case .xlsxNoSheets: ("no sheets", "没有工作表")
        case .xlsxEmptySheet: ("an empty sheet", "空工作表")
        case .cellErrorValue: ("the error value {value}[ of ={formula}]", "错误值 {value}[（公式 ={formula}）]")
        case .cellNoResult: ("the formula ={formula} saved without its result", "保存时没有计算结果的公式 ={formula}")
        case .headerUnknownColumn, .csvStrayQuote, .csvAfterQuote, .itemOnExpenditure, .kind, .projectType,
            .funcCode, .econCode, .amount, .count, .metaUnitMismatch, .metaUnregistered, .metaYearMismatch,
            .cellBeyondHeader:
            ("{found}", "{found}")
        default: ("", "")  // A workbook that cannot be read: `workbookTexts`.
        }
    }

    private static func name(_ code: String) -> (en: String, zh: String) {
        (code, chineseNames[code] ?? code)
    }

    private static let chineseNames = [
        "encoding": "文件编码", "header": "表头", "csv_syntax": "CSV 格式", "section": "表", "item": "项目",
        "kind": "支出类型", "project_type": "项目类别", "func_code": "功能分类代码", "econ_code": "经济分类代码",
        "amount": "金额格式", "count": "数量格式", "meta": "基本信息", "locked": "已审核锁定", "database_refused": "数据库拒收",
        "xlsx": "Excel 文件",
        "xlsx_cell": "Excel 单元格", "too_many_findings": "问题过多",
        "indicator": "绩效指标",
    ]
}

/// The messages of a workbook that cannot be read, one per `WorkbookError.Problem` of the
/// XLSX reader (`xlsx.<problem>`), its values the finding's arguments. The English repeats
/// the reader's own sentences; where the reader names no cell, the part is named at the end.
extension IntakeMessage {
    /// An English and a Chinese text.
    typealias Texts = (en: String, zh: String)

    /// The expected and found texts of a workbook problem; nil for the other messages.
    fileprivate var workbookTexts: (expected: Texts, found: Texts)? {
        archiveTexts ?? structureTexts ?? sheetTexts ?? cellTexts ?? xmlTexts.map { ($0.expected, Self.at($0.found)) }
    }

    /// `found`, then the part it was found in.
    private static func inPart(_ found: Texts) -> Texts {
        (found.en + " in {part}", found.zh + "（部件 {part}）")
    }

    /// `found`, then where in the part's XML it was found.
    private static func at(_ found: Texts) -> Texts {
        (found.en + " at line {line}, column {column} in {part}", found.zh + "（部件 {part} 第 {line} 行第 {column} 列）")
    }

    /// The byte an XML error names: a character, a byte's value, or the end of the tag.
    private static let xmlByte: Texts = (
        "[\"{character}\"][byte {byte}][the end of the tag{end_of_tag}]", "[“{character}”][字节 {byte}][标签结尾{end_of_tag}]"
    )

    private static let zipExpected: Texts = ("a zip archive (starting with PK)", "zip 压缩包（以 PK 开头）")
    private static let none: Texts = ("none", "没有")

    /// The file and its zip archive.
    private var archiveTexts: (expected: Texts, found: Texts)? {
        switch self {
        case .xlsxEmptyFile: (Self.zipExpected, ("an empty file", "空文件"))
        case .xlsxNotAZip: (Self.zipExpected, ("bytes starting {start}", "开头为 {start} 的字节"))
        case .xlsxOLEFile:
            (
                ("an XLSX workbook (a zip archive)", "XLSX 工作簿（zip 压缩包）"),
                (
                    "an OLE compound file: an encrypted workbook or an old .xls — save it as .xlsx without a password",
                    "OLE 复合文件：加密的工作簿或旧版 .xls——请另存为不设密码的 .xlsx"
                )
            )
        case .xlsxFileTooLarge:
            (("a file of at most {limit} bytes", "不超过 {limit} 字节的文件"), ("{size} bytes", "{size} 字节"))
        case .xlsxDamagedZip:
            (("a readable zip directory", "可读取的 zip 目录"), ("a damaged or truncated zip archive", "损坏或不完整的 zip 压缩包"))
        case .xlsxPartTooLarge:
            (
                ("at most {limit} bytes uncompressed", "解压后不超过 {limit} 字节"),
                Self.inPart(("{declared} bytes declared in the zip directory", "zip 目录声明为 {declared} 字节"))
            )
        case .xlsxPartTooLargeInflated:
            (
                ("at most {limit} bytes uncompressed", "解压后不超过 {limit} 字节"),
                Self.inPart(("more when decompressed", "解压后超过此数"))
            )
        default: compressionTexts
        }
    }

    /// The parts' compressed data.
    private var compressionTexts: (expected: Texts, found: Texts)? {
        switch self {
        case .xlsxChecksumMismatch:
            (
                (
                    "{declared_size} bytes with CRC-32 {declared_checksum}",
                    "{declared_size} 字节，CRC-32 校验值 {declared_checksum}"
                ),
                Self.inPart(("{size} bytes with CRC-32 {checksum}", "{size} 字节，CRC-32 校验值 {checksum}"))
            )
        case .xlsxLargerThanDeclared:
            (
                ("at most the {declared} bytes the zip directory declares", "不超过 zip 目录声明的 {declared} 字节"),
                Self.inPart(("at least {size} bytes when decompressed", "解压后至少 {size} 字节"))
            )
        case .xlsxWorkbookTooLarge:
            (
                ("at most {limit} bytes decompressed over all parts read", "所读部件解压后合计不超过 {limit} 字节"),
                Self.inPart(("more on reaching this part", "读到此部件时已超过此数"))
            )
        case .xlsxDamagedData:
            (
                ("compressed data that decompresses", "能够解压的压缩数据"),
                Self.inPart(("damaged data ({detail})", "损坏的数据（{detail}）"))
            )
        case .xlsxUTF16XML: (("XML in UTF-8", "UTF-8 编码的 XML"), Self.inPart(("XML in UTF-16", "UTF-16 编码的 XML")))
        default: nil
        }
    }

    /// The parts a workbook is made of and the links between them.
    private var structureTexts: (expected: Texts, found: Texts)? {
        switch self {
        case .xlsxMissingPart: (("the part {part} in the archive", "压缩包中的部件 {part}"), Self.none)
        case .xlsxMissingContentTypes:
            (
                ("the part {part} of every XLSX file", "每个 XLSX 文件都有的部件 {part}"),
                ("none (is this an XLSX file?)", "没有（这是 XLSX 文件吗？）")
            )
        case .xlsxMissingWorkbookRelationships: (("the part {part} listing the sheets", "列出各工作表的部件 {part}"), Self.none)
        case .xlsxMissingWorkbookPart: (("the workbook part {part}", "工作簿部件 {part}"), Self.none)
        case .xlsxExternalLink:
            (
                ("a workbook without links to other files or sources", "不链接其他文件或数据源的工作簿"),
                Self.inPart(
                    (
                        "a link to \"{target}\" (relationship {id}, TargetMode=\"External\")",
                        "指向“{target}”的外部链接（关系 {id}）"
                    ))
            )
        case .xlsxExternalLinkPart:
            (
                ("a workbook without links to other workbooks", "不链接其他工作簿的工作簿"),
                ("an external link part {part}", "外部链接部件 {part}")
            )
        case .xlsxSheetWithoutName:
            (
                ("a name and r:id on every <sheet>", "每个工作表条目都有名称和关系编号"),
                Self.inPart(("a <sheet> without them", "缺少名称或关系编号的工作表条目"))
            )
        case .xlsxMissingSheetRelationship:
            (("a relationship {id} for sheet \"{sheet}\"", "工作表“{sheet}”的关系 {id}"), Self.inPart(Self.none))
        case .xlsxIncompleteRelationship:
            (
                ("Id, Type and Target on every <Relationship>", "每条关系都有编号、类型和目标"),
                Self.inPart(("one without them", "缺少其中之一的关系"))
            )
        default: nil
        }
    }

    /// The sheets, their rows and the shared strings.
    private var sheetTexts: (expected: Texts, found: Texts)? {
        let noSheetNamed: Texts = ("no sheet named \"{sheet}\"", "没有名为“{sheet}”的工作表")
        return switch self {
        case .xlsxSheetNotFound:
            (("one of the sheets {sheets}[ and {more} more]", "以下工作表之一：{sheets}[ 等（另有 {more} 个）]"), noSheetNamed)
        case .xlsxNoSheetToRead: (("a sheet", "一个工作表"), noSheetNamed)
        case .xlsxNotAWorksheet:
            (
                ("sheet \"{sheet}\" to be a worksheet", "工作表“{sheet}”为普通工作表"),
                Self.inPart(("a chart sheet, dialog sheet or macro sheet", "图表工作表、对话框工作表或宏工作表"))
            )
        case .xlsxMissingSheetPart:
            (("the part {part} holding sheet \"{sheet}\"", "存放工作表“{sheet}”的部件 {part}"), Self.none)
        case .xlsxRowOutOfOrder:
            (
                ("a row number above {previous} on sheet \"{sheet}\"", "工作表“{sheet}”上大于 {previous} 的行号"),
                Self.inPart(("<row r=\"{row}\">", "行号 {row}"))
            )
        case .xlsxRowBeyondLast:
            (
                ("at most {limit} rows", "最多 {limit} 行"),
                Self.inPart(("a row after row {previous}", "第 {previous} 行之后还有一行"))
            )
        case .xlsxTooManyRows:
            (
                ("at most {limit} rows holding data on sheet \"{sheet}\"", "工作表“{sheet}”上最多 {limit} 行数据"),
                Self.inPart(("more, the next at row {next_row}", "更多，下一行在第 {next_row} 行"))
            )
        case .xlsxSharedStringTooLong:
            (
                ("shared strings of at most {limit} characters", "每个共享字符串最多 {limit} 个字符"),
                Self.inPart(("shared string {index} of {length} or more", "编号 {index} 的共享字符串有 {length} 个或更多字符"))
            )
        case .xlsxTooManySharedStrings:
            (("at most {limit} shared strings", "最多 {limit} 个共享字符串"), Self.inPart(("more", "更多")))
        default: nil
        }
    }

    /// The cells, named by the finding's cell.
    private var cellTexts: (expected: Texts, found: Texts)? {
        let value: Texts = ("\"{value}\"", "“{value}”")
        return switch self {
        case .xlsxColumnBeyondLimit:
            (("columns up to {last_column}", "不超过 {last_column} 列"), ("a cell in column {column}", "{column} 列中的单元格"))
        case .xlsxTooManyCellsInRow: (("at most {limit} cells in a row", "每行最多 {limit} 个单元格"), ("more", "更多"))
        case .xlsxBadCellReference:
            (
                ("a cell reference in row {row}[ after column {after}]", "第 {row} 行[ {after} 列之后]的单元格引用"),
                ("<c r=\"{reference}\">", "单元格引用 {reference}")
            )
        case .xlsxCellTooLong: (("at most {limit} characters", "最多 {limit} 个字符"), ("{length} or more", "{length} 个或更多"))
        case .xlsxNotANumber: (("a number", "数字"), value)
        case .xlsxBadSharedStringIndex: (("a shared string index below {count}", "小于 {count} 的共享字符串编号"), value)
        case .xlsxBadBoolean: (("a boolean 0 or 1", "逻辑值 0 或 1"), value)
        case .xlsxBadCellType:
            (("a cell type n, s, str, inlineStr, b, e or d", "XLSX 格式允许的单元格类型"), ("t=\"{type}\"", "单元格类型“{type}”"))
        default: nil
        }
    }

    /// A part that is not well-formed XML; the found text is followed by its place.
    private var xmlTexts: (expected: Texts, found: Texts)? {
        let endOfPart: Texts = ("the end of the part", "部件结束")
        return switch self {
        case .xlsxXMLTextOutsideRoot: (("only whitespace outside the root element", "根元素之外只有空白"), ("text", "文本"))
        case .xlsxXMLEndInsideTag: (("the end of a tag", "标签的结尾"), endOfPart)
        case .xlsxXMLEndInsideProcessingInstruction: (("the end of a processing instruction", "处理指令的结尾"), endOfPart)
        case .xlsxXMLEndInsideComment: (("the end of a comment", "注释的结尾"), endOfPart)
        case .xlsxXMLEndInsideCDATA: (("the end of a CDATA section", "CDATA 段的结尾"), endOfPart)
        case .xlsxXMLCDATAOutsideRoot: (("a root element", "根元素"), ("a CDATA section", "CDATA 段"))
        case .xlsxXMLDoctype:
            (
                ("no document type declaration", "没有文档类型声明"),
                ("a DOCTYPE declaration (refused: entity expansion)", "DOCTYPE 声明（为防止实体展开而拒绝）")
            )
        case .xlsxXMLUnknownDeclaration:
            (("a comment or CDATA section after <!", "<! 之后的注释或 CDATA 段"), ("something else", "其他内容"))
        case .xlsxXMLLessThanInTag: (("> ending the tag", "闭合标签的 >"), ("<", "<"))
        case .xlsxXMLUnclosedElement: (("</{element}>", "</{element}>"), endOfPart)
        case .xlsxXMLNoRootElement: (("a root element", "根元素"), ("no element", "没有元素"))
        case .xlsxXMLElementAfterRoot: (("nothing after the root element", "根元素之后没有内容"), ("another element", "又一个元素"))
        case .xlsxXMLTooDeep: (("at most {limit} nested elements", "最多 {limit} 层嵌套的元素"), ("deeper nesting", "更深的嵌套"))
        case .xlsxXMLMismatchedEndTag: (("</{open}>", "</{open}>"), ("</{found}>", "</{found}>"))
        case .xlsxXMLEndTagAfterRoot:
            (("no end tag after the root element", "根元素之后没有结束标签"), ("</{found}>", "</{found}>"))
        case .xlsxXMLTooManyAttributes: (("at most {limit} attributes", "最多 {limit} 个属性"), ("more", "更多"))
        default: xmlTagTexts
        }
    }

    /// XML errors inside a tag, in attribute values and in text.
    private var xmlTagTexts: (expected: Texts, found: Texts)? {
        switch self {
        case .xlsxXMLSlashInTag: (("> after / in a tag", "标签中 / 之后的 >"), Self.xmlByte)
        case .xlsxXMLNoSpaceBeforeAttribute: (("a space before an attribute", "属性前的空格"), Self.xmlByte)
        case .xlsxXMLBadElementName: (("an element name after <", "< 之后的元素名"), Self.xmlByte)
        case .xlsxXMLBadEndElementName: (("an element name after </", "</ 之后的元素名"), Self.xmlByte)
        case .xlsxXMLBadEndTag: (("> ending the end tag", "闭合结束标签的 >"), Self.xmlByte)
        case .xlsxXMLBadAttributeName: (("an attribute name", "属性名"), Self.xmlByte)
        case .xlsxXMLNoEqualsSign: (("= after an attribute name", "属性名之后的 ="), Self.xmlByte)
        case .xlsxXMLUnquotedAttribute: (("a quoted attribute value", "带引号的属性值"), Self.xmlByte)
        case .xlsxXMLUnclosedQuote: (("a closing quote", "闭合的引号"), Self.none)
        case .xlsxXMLLessThanInAttribute: (("an attribute value without <", "不含 < 的属性值"), ("<", "<"))
        case .xlsxXMLNotUTF8: (("UTF-8 text", "UTF-8 编码的文本"), ("bytes that are not UTF-8", "不是 UTF-8 的字节"))
        case .xlsxXMLUnterminatedReference:
            (("an entity or character reference ending in ;", "以 ; 结尾的实体引用或字符引用"), ("&", "&"))
        case .xlsxXMLInvalidCharacterReference:
            (("a character reference to a valid XML character", "指向有效 XML 字符的字符引用"), ("&{reference};", "&{reference};"))
        case .xlsxXMLUndefinedEntity:
            (
                ("one of the predefined entities &amp; &lt; &gt; &quot; &apos;", "XML 预定义的五个实体之一"),
                ("the undefined entity &{entity};", "未定义的实体 &{entity};")
            )
        default: nil
        }
    }
}

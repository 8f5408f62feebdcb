/// Writes one worksheet's XML, its elements in the order the schema requires (Excel repairs any other order):
/// sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, autoFilter, mergeCells,
/// dataValidations, printOptions, pageMargins, pageSetup.
struct WorksheetPart {
    let sheet: Worksheet
    let isActive: Bool
    private var xml = MarkupBuilder()

    /// A writer for `sheet`; the active sheet is the one selected when the file opens.
    init(sheet: Worksheet, isActive: Bool) {
        self.sheet = sheet
        self.isActive = isActive
    }

    /// The part's bytes, registering the cells' styles and texts in the workbook's tables.
    mutating func render(styles: inout StyleTable, strings: inout SharedStringTable) throws -> [UInt8] {
        xml.open("worksheet", [("xmlns", WriterNamespace.spreadsheet), ("xmlns:r", WriterNamespace.relationships)])
        writeProperties()
        writeViews()
        xml.empty("sheetFormatPr", [("defaultRowHeight", "14.25")])
        writeColumns()
        try writeData(styles: &styles, strings: &strings)
        writeProtection()
        if let filter = sheet.autoFilter { xml.empty("autoFilter", [("ref", filter.topLeftToBottomRight.description)]) }
        writeMerges()
        writeDataValidations()
        writePrintSettings()
        xml.close("worksheet")
        return xml.bytes
    }

    private mutating func writeProperties() {
        if sheet.pageSetup.fitToOnePage {
            xml.open("sheetPr")
            xml.empty("pageSetUpPr", [("fitToPage", "1")])
            xml.close("sheetPr")
        }
        xml.empty("dimension", [("ref", dimension())])
    }

    /// The used range: every written or styled cell and merge; `A1` for an empty sheet.
    private func dimension() -> String {
        let corners = sheet.cells.keys.map { CellRange($0, $0) } + sheet.merges.map(\.topLeftToBottomRight)
        guard let first = corners.first else { return "A1" }
        let used = corners.reduce(first) { used, range in
            CellRange(
                CellReference(
                    row: min(used.first.row, range.first.row), column: min(used.first.column, range.first.column)),
                CellReference(row: max(used.last.row, range.last.row), column: max(used.last.column, range.last.column))
            )
        }
        return used.first == used.last ? used.first.description : used.description
    }

    private mutating func writeViews() {
        xml.open("sheetViews")
        let attributes: [MarkupBuilder.Attribute] = [("tabSelected", isActive ? "1" : nil), ("workbookViewId", "0")]
        guard sheet.frozenRows > 0 else {
            xml.empty("sheetView", attributes)
            return xml.close("sheetViews")
        }
        let topLeft = CellReference(row: sheet.frozenRows + 1, column: 1).description
        xml.open("sheetView", attributes)
        xml.empty(
            "pane",
            [
                ("ySplit", String(sheet.frozenRows)), ("topLeftCell", topLeft), ("activePane", "bottomLeft"),
                ("state", "frozen"),
            ])
        xml.empty("selection", [("pane", "bottomLeft"), ("activeCell", topLeft), ("sqref", topLeft)])
        xml.close("sheetView")
        xml.close("sheetViews")
    }

    private mutating func writeColumns() {
        guard !sheet.columnWidths.isEmpty else { return }
        xml.open("cols")
        for (column, width) in sheet.columnWidths.sorted(by: { $0.key < $1.key }) {
            xml.empty(
                "col",
                [
                    ("min", String(column)), ("max", String(column)), ("width", StyleTable.decimal(width)),
                    ("customWidth", "1"),
                ])
        }
        xml.close("cols")
    }

    /// Rows in order, cells in column order; rows with only a height still get an element.
    private mutating func writeData(styles: inout StyleTable, strings: inout SharedStringTable) throws {
        let cellsByRow = Dictionary(grouping: sheet.cells.keys, by: \.row)
        let rows = Set(cellsByRow.keys).union(sheet.rowHeights.keys).sorted()
        guard !rows.isEmpty else { return xml.empty("sheetData") }
        xml.open("sheetData")
        for row in rows {
            let height = sheet.rowHeights[row].map(StyleTable.decimal)
            let attributes: [MarkupBuilder.Attribute] = [
                ("r", String(row)), ("ht", height), ("customHeight", height == nil ? nil : "1"),
            ]
            guard let references = cellsByRow[row] else {
                xml.empty("row", attributes)
                continue
            }
            xml.open("row", attributes)
            for reference in references.sorted() {
                try writeCell(reference, styles: &styles, strings: &strings)
            }
            xml.close("row")
        }
        xml.close("sheetData")
    }

    private mutating func writeCell(
        _ reference: CellReference, styles: inout StyleTable, strings: inout SharedStringTable
    ) throws {
        guard let cell = sheet.cells[reference] else { return }
        var quotePrefix = false
        if case .text(let text) = cell.content { quotePrefix = CellContent.looksLikeFormula(text) }
        let style = try styles.index(for: cell.style, quotePrefix: quotePrefix)
        let styleAttribute = style == 0 ? nil : String(style)
        switch cell.content {
        case nil:
            xml.empty("c", [("r", reference.description), ("s", styleAttribute)])
        case .text(let text):
            guard text.utf16.count <= 32_767 else {
                throw XLSXWriteError.textTooLong(sheet: sheet.name, cell: reference.description)
            }
            xml.open("c", [("r", reference.description), ("s", styleAttribute), ("t", "s")])
            xml.element("v", content: String(strings.index(of: text)))
            xml.close("c")
        case .number(let lexical):
            guard CellContent.isValidNumber(lexical) else {
                throw XLSXWriteError.invalidNumber(sheet: sheet.name, cell: reference.description, lexical)
            }
            xml.open("c", [("r", reference.description), ("s", styleAttribute)])
            xml.element("v", content: lexical.hasPrefix("+") ? String(lexical.dropFirst()) : lexical)
            xml.close("c")
        }
    }

    /// Protection without a password; filtering stays allowed when the sheet has a filter.
    private mutating func writeProtection() {
        guard sheet.isProtected else { return }
        xml.empty(
            "sheetProtection",
            [
                ("sheet", "1"), ("objects", "1"), ("scenarios", "1"),
                ("autoFilter", sheet.autoFilter == nil ? nil : "0"),
            ])
    }

    private mutating func writeMerges() {
        guard !sheet.merges.isEmpty else { return }
        xml.open("mergeCells", [("count", String(sheet.merges.count))])
        for range in sheet.merges { xml.empty("mergeCell", [("ref", range.topLeftToBottomRight.description)]) }
        xml.close("mergeCells")
    }

    private mutating func writeDataValidations() {
        guard !sheet.dataValidations.isEmpty else { return }
        xml.open("dataValidations", [("count", String(sheet.dataValidations.count))])
        for validation in sheet.dataValidations {
            let hasPrompt = validation.prompt != nil || validation.promptTitle != nil
            xml.open(
                "dataValidation",
                [
                    ("type", "list"), ("allowBlank", validation.allowBlank ? "1" : nil),
                    ("showInputMessage", hasPrompt ? "1" : nil), ("showErrorMessage", "1"),
                    ("errorTitle", validation.errorTitle), ("error", validation.errorMessage),
                    ("promptTitle", validation.promptTitle), ("prompt", validation.prompt),
                    ("sqref", validation.range.topLeftToBottomRight.description),
                ])
            xml.element("formula1", content: Self.formula(validation.list))
            xml.close("dataValidation")
        }
        xml.close("dataValidations")
    }

    /// `"a,b"` for literal entries, `'代码'!$A$2:$A$300` for cells on a sheet.
    static func formula(_ list: DataValidation.ListSource) -> String {
        switch list {
        case .values(let values): "\"" + values.joined(separator: ",") + "\""
        case .range(let sheet, let range): quotedSheetName(sheet) + "!" + range.topLeftToBottomRight.absolute
        }
    }

    /// A sheet name as formulas write it: always quoted (valid even where not needed), `'` doubled.
    static func quotedSheetName(_ name: String) -> String {
        "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// A4 paper, Excel's default margins, fitted and centered as asked.
    private mutating func writePrintSettings() {
        let setup = sheet.pageSetup
        if setup.horizontallyCentered { xml.empty("printOptions", [("horizontalCentered", "1")]) }
        xml.empty(
            "pageMargins",
            [
                ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"),
                ("footer", "0.3"),
            ])
        xml.empty(
            "pageSetup",
            [
                ("paperSize", "9"), ("orientation", setup.orientation == .landscape ? "landscape" : "portrait"),
                ("fitToWidth", setup.fitToOnePage ? "1" : nil),
                ("fitToHeight", setup.fitToOnePage ? String(setup.fitToHeight) : nil),
            ])
    }
}

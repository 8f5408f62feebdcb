/// Turns a worksheet's tokens into rows of cells, handing each row with a cell to the caller as it completes.
struct WorksheetParser {
    let sheetName: String
    let part: String
    let limits: WorkbookLimits
    let sharedStrings: [String]

    private var inSheetData = false
    private var row: SheetRow?
    private var lastRowNumber = 0
    private var lastColumn = 0
    private var rowsWithCells = 0
    private var cell: CellDraft?
    private var target = TextTarget.none
    private var inInlineString = false
    private var phoneticDepth = 0

    enum TextTarget { case none, value, formula, inline }

    /// A cell between its `<c>` and `</c>`.
    struct CellDraft {
        var reference: CellReference
        var type: String
        var value = ""
        var hasValue = false
        var formula: String?
        var inline: String?
        /// UTF-16 lengths of the value, formula and inline string, each bounded on its own.
        var lengths = (value: 0, formula: 0, inline: 0)

        /// Appends `text` to what `target` collects; returns that text's length so far.
        mutating func append(_ text: String, to target: TextTarget) -> Int {
            let count = text.utf16.count
            switch target {
            case .value:
                value += text
                lengths.value += count
                return lengths.value
            case .formula:
                formula? += text
                lengths.formula += count
                return lengths.formula
            case .inline:
                inline? += text
                lengths.inline += count
                return lengths.inline
            case .none: return 0
            }
        }
    }

    init(sheetName: String, part: String, limits: WorkbookLimits, sharedStrings: [String]) {
        self.sheetName = sheetName
        self.part = part
        self.limits = limits
        self.sharedStrings = sharedStrings
    }

    mutating func handle(
        _ token: XMLToken, _ tokenizer: inout XMLTokenizer, _ body: (SheetRow) throws -> Void
    ) throws {
        switch token {
        case .startElement: try start(tokenizer)
        case .endElement: try end(tokenizer.name, body)
        case .text where target != .none: try append(tokenizer.text())
        case .text: break
        }
    }

    private mutating func start(_ tokenizer: XMLTokenizer) throws {
        switch tokenizer.name {
        case "sheetData": inSheetData = true
        case "row" where inSheetData && row == nil: try startRow(tokenizer.attribute("r"))
        case "c" where row != nil && cell == nil:
            try startCell(tokenizer.attribute("r"), type: tokenizer.attribute("t"))
        case "v" where cell != nil:
            target = .value
            cell?.hasValue = true
        case "f" where cell != nil:
            target = .formula
            if cell?.formula == nil { cell?.formula = "" }
        case "is" where cell != nil:
            inInlineString = true
            if cell?.inline == nil { cell?.inline = "" }
        case "t" where inInlineString && phoneticDepth == 0: target = .inline
        case "rPh" where inInlineString: phoneticDepth += 1
        default: break
        }
    }

    private mutating func end(_ name: String, _ body: (SheetRow) throws -> Void) throws {
        switch name {
        case "v", "f", "t": target = .none
        case "rPh" where inInlineString: phoneticDepth -= 1
        case "is": inInlineString = false
        case "c" where cell != nil: try finishCell()
        case "row" where row != nil: try finishRow(body)
        case "sheetData": inSheetData = false
        default: break
        }
    }

    private mutating func startRow(_ attribute: String?) throws {
        var number = lastRowNumber + 1
        if let attribute {
            guard let value = Int(attribute), value > lastRowNumber, value <= CellReference.maxRow else {
                throw WorkbookError(
                    .rowOutOfOrder(part: part, sheet: sheetName, previous: lastRowNumber, row: attribute))
            }
            number = value
        }
        guard number <= CellReference.maxRow else {
            throw WorkbookError(.rowBeyondLast(part: part, limit: CellReference.maxRow, previous: lastRowNumber))
        }
        lastRowNumber = number
        lastColumn = 0
        row = SheetRow(number: number, cells: [])
    }

    private mutating func finishRow(_ body: (SheetRow) throws -> Void) throws {
        guard let finished = row else { return }
        row = nil
        guard !finished.cells.isEmpty else { return }
        do {
            try body(finished)
        } catch {
            throw BodyFailure(error: error)
        }
    }

    private mutating func startCell(_ attribute: String?, type: String?) throws {
        guard let rowNumber = row?.number else { return }
        if lastColumn == 0 { try countRow(rowNumber) }
        let reference = try cellReference(attribute, row: rowNumber)
        guard reference.column <= limits.maxColumns else {
            throw WorkbookError(
                .columnBeyondLimit(
                    part: part, cell: "\(sheetName)!\(reference)",
                    lastColumn: CellReference.columnName(limits.maxColumns),
                    column: CellReference.columnName(reference.column)))
        }
        lastColumn = reference.column
        cell = CellDraft(reference: reference, type: type ?? "n")
    }

    /// Counts a row holding data, stopping once there are more than the limit allows.
    private mutating func countRow(_ number: Int) throws {
        rowsWithCells += 1
        guard rowsWithCells <= limits.maxRows else {
            throw WorkbookError(.tooManyRows(part: part, sheet: sheetName, limit: limits.maxRows, nextRow: number))
        }
    }

    private func cellReference(_ attribute: String?, row: Int) throws -> CellReference {
        guard let attribute else {
            guard lastColumn < CellReference.maxColumn else {
                throw WorkbookError(
                    .tooManyCellsInRow(part: part, cell: "\(sheetName)!R\(row)", limit: CellReference.maxColumn))
            }
            return CellReference(row: row, column: lastColumn + 1)
        }
        guard let reference = CellReference(attribute), reference.row == row, reference.column > lastColumn else {
            let after = lastColumn == 0 ? nil : CellReference.columnName(lastColumn)
            throw WorkbookError(
                .badCellReference(
                    part: part, cell: "\(sheetName)!\(attribute)", row: row, after: after, reference: attribute))
        }
        return reference
    }

    private mutating func append(_ text: String) throws {
        guard var draft = cell else { return }
        cell = nil  // Keeps the draft's strings uniquely referenced while they grow.
        let length = draft.append(text, to: target)
        guard length <= limits.maxCellCharacters else {
            throw WorkbookError(
                .cellTooLong(
                    part: part, cell: "\(sheetName)!\(draft.reference)", limit: limits.maxCellCharacters,
                    length: length))
        }
        cell = draft
    }

    private mutating func finishCell() throws {
        guard let draft = cell else { return }
        cell = nil
        target = .none
        let value = try CellValueDecoder(sheetName: sheetName, part: part, sharedStrings: sharedStrings).value(
            of: draft)
        row?.cells.append(SheetCell(reference: draft.reference, value: value, formula: draft.formula))
    }
}

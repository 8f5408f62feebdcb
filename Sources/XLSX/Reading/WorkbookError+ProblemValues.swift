extension WorkbookError.Problem {
    /// The problem's values by snake_case name (`limit`, `part`, `next_row` …), for rendering a message.
    public var values: [String: WorkbookError.Value] {
        var values = placeValues
        for (name, value) in measureValues { values[name] = value }
        if case .malformedXML(let fault, _, let line, let column) = self {
            values.merge(fault.values) { first, _ in first }
            values["line"] = .number(line)
            values["column"] = .number(column)
        }
        return values
    }

    /// The part at fault, if the problem lies in one.
    public var part: String? {
        switch self {
        case .emptyFile, .notAZip, .oleFile, .fileTooLarge, .damagedZip, .sheetNotFound, .noSheetToRead: nil
        case .missingContentTypes: "[Content_Types].xml"
        case .missingPart(let part), .partTooLarge(let part, _, _), .partTooLargeInflated(let part, _),
            .checksumMismatch(let part, _, _, _, _), .largerThanDeclared(let part, _, _),
            .workbookTooLarge(let part, _), .damagedData(let part, _), .utf16XML(let part),
            .malformedXML(_, let part, _, _), .missingWorkbookRelationships(let part),
            .externalLink(let part, _, _), .externalLinkPart(let part), .missingWorkbookPart(let part),
            .notAWorksheet(let part, _), .missingSheetPart(let part, _), .sheetWithoutName(let part),
            .missingSheetRelationship(let part, _, _), .incompleteRelationship(let part),
            .rowOutOfOrder(let part, _, _, _), .rowBeyondLast(let part, _, _), .tooManyRows(let part, _, _, _),
            .columnBeyondLimit(let part, _, _, _), .tooManyCellsInRow(let part, _, _),
            .badCellReference(let part, _, _, _, _), .cellTooLong(let part, _, _, _),
            .sharedStringTooLong(let part, _, _, _), .tooManySharedStrings(let part, _), .notANumber(let part, _, _),
            .badSharedStringIndex(let part, _, _, _), .badBoolean(let part, _, _), .badCellType(let part, _, _):
            part
        }
    }

    /// The cell at fault, as `sheet!F12` (a row as `sheet!R12`), if the problem lies in one.
    public var cell: String? {
        switch self {
        case .columnBeyondLimit(_, let cell, _, _), .tooManyCellsInRow(_, let cell, _),
            .badCellReference(_, let cell, _, _, _), .cellTooLong(_, let cell, _, _), .notANumber(_, let cell, _),
            .badSharedStringIndex(_, let cell, _, _), .badBoolean(_, let cell, _), .badCellType(_, let cell, _):
            cell
        default: nil
        }
    }

    /// The part and cell, where the problem has them.
    private var placeValues: [String: WorkbookError.Value] {
        var values: [String: WorkbookError.Value] = [:]
        if let part { values["part"] = .text(part) }
        if let cell { values["cell"] = .text(cell) }
        return values
    }

    /// The values other than the place: limits, sizes, names, what a cell holds.
    private var measureValues: [String: WorkbookError.Value] {
        switch self {
        case .emptyFile, .oleFile, .damagedZip, .missingPart, .utf16XML, .malformedXML, .missingContentTypes,
            .missingWorkbookRelationships, .externalLinkPart, .missingWorkbookPart, .sheetWithoutName,
            .incompleteRelationship:
            [:]
        case .notAZip(let start): ["start": .text(start)]
        case .fileTooLarge(let limit, let size): ["limit": .number(limit), "size": .number(size)]
        case .partTooLarge(_, let limit, let declared): ["limit": .number(limit), "declared": .number(declared)]
        case .partTooLargeInflated(_, let limit), .workbookTooLarge(_, let limit), .tooManySharedStrings(_, let limit),
            .tooManyCellsInRow(_, _, let limit):
            ["limit": .number(limit)]
        case .checksumMismatch(_, let declaredSize, let declaredChecksum, let size, let checksum):
            [
                "declared_size": .number(declaredSize), "declared_checksum": .number(declaredChecksum),
                "size": .number(size), "checksum": .number(checksum),
            ]
        case .largerThanDeclared(_, let declared, let size): ["declared": .number(declared), "size": .number(size)]
        case .damagedData(_, let detail): ["detail": .text(detail)]
        case .externalLink(_, let target, let id): ["target": .text(target), "id": .text(id)]
        default: sheetValues
        }
    }

    /// The values of the problems found in the workbook's sheets and cells.
    private var sheetValues: [String: WorkbookError.Value] {
        switch self {
        case .sheetNotFound(let sheet, let sheets): sheetListValues(sheet, sheets)
        case .noSheetToRead(let sheet): ["sheet": .text(sheet)]
        case .notAWorksheet(_, let sheet), .missingSheetPart(_, let sheet): ["sheet": .text(sheet)]
        case .missingSheetRelationship(_, let id, let sheet): ["id": .text(id), "sheet": .text(sheet)]
        case .rowOutOfOrder(_, let sheet, let previous, let row):
            ["sheet": .text(sheet), "previous": .number(previous), "row": .text(row)]
        case .rowBeyondLast(_, let limit, let previous): ["limit": .number(limit), "previous": .number(previous)]
        case .tooManyRows(_, let sheet, let limit, let nextRow):
            ["sheet": .text(sheet), "limit": .number(limit), "next_row": .number(nextRow)]
        case .columnBeyondLimit(_, _, let lastColumn, let column):
            ["last_column": .text(lastColumn), "column": .text(column)]
        case .badCellReference(_, _, let row, let after, let reference):
            ["row": .number(row), "reference": .text(reference)].merging(after.map { ["after": .text($0)] } ?? [:]) {
                first, _ in first
            }
        case .cellTooLong(_, _, let limit, let length): ["limit": .number(limit), "length": .number(length)]
        case .sharedStringTooLong(_, let limit, let index, let length):
            ["limit": .number(limit), "index": .number(index), "length": .number(length)]
        case .notANumber(_, _, let value), .badBoolean(_, _, let value): ["value": .text(value)]
        case .badSharedStringIndex(_, _, let count, let value): ["count": .number(count), "value": .text(value)]
        case .badCellType(_, _, let type): ["type": .text(type)]
        default: [:]
        }
    }

    /// The sheet asked for, the first twenty names there are (quoted), and how many more.
    private func sheetListValues(_ sheet: String, _ sheets: [String]) -> [String: WorkbookError.Value] {
        var values: [String: WorkbookError.Value] = [
            "sheet": .text(sheet), "sheets": .text(Self.quotedNames(sheets)),
        ]
        if sheets.count > Self.namesShown { values["more"] = .number(sheets.count - Self.namesShown) }
        return values
    }

    /// A hostile workbook may list thousands of sheets; twenty names are enough to spot a typo.
    static let namesShown = 20

    /// `"填报", "说明"`: the first twenty names, quoted.
    static func quotedNames(_ names: [String]) -> String {
        names.prefix(namesShown).map { "\"\($0)\"" }.joined(separator: ", ")
    }
}

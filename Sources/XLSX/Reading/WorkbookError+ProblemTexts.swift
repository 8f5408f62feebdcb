extension WorkbookError.Problem {
    /// What the reader expected, in English.
    public var expected: String {
        switch self {
        case .emptyFile, .notAZip: "a zip archive (starting with PK)"
        case .oleFile: "an XLSX workbook (a zip archive)"
        case .fileTooLarge(let limit, _): "a file of at most \(limit) bytes"
        case .damagedZip: "a readable zip directory"
        case .missingPart(let part): "the part \(part) in the archive"
        case .partTooLarge(_, let limit, _), .partTooLargeInflated(_, let limit): "at most \(limit) bytes uncompressed"
        case .checksumMismatch(_, let size, let checksum, _, _): "\(size) bytes with CRC-32 \(checksum)"
        case .largerThanDeclared(_, let declared, _): "at most the \(declared) bytes the zip directory declares"
        case .workbookTooLarge(_, let limit): "at most \(limit) bytes decompressed over all parts read"
        case .damagedData: "compressed data that decompresses"
        case .utf16XML: "XML in UTF-8"
        case .malformedXML(let fault, _, _, _): fault.expected
        case .missingContentTypes: "the part [Content_Types].xml of every XLSX file"
        case .missingWorkbookRelationships(let part): "the part \(part) listing the sheets"
        case .externalLink: "a workbook without links to other files or sources"
        case .externalLinkPart: "a workbook without links to other workbooks"
        case .missingWorkbookPart(let part): "the workbook part \(part)"
        default: sheetExpected
        }
    }

    /// What the reader found instead, in English.
    public var found: String {
        switch self {
        case .emptyFile: "an empty file"
        case .notAZip(let start): "bytes starting \(start)"
        case .oleFile:
            "an OLE compound file: an encrypted workbook or an old .xls — save it as .xlsx without a password"
        case .fileTooLarge(_, let size): "\(size) bytes"
        case .damagedZip: "a damaged or truncated zip archive"
        case .partTooLarge(_, _, let declared): "\(declared) bytes declared in the zip directory"
        case .partTooLargeInflated: "more when decompressed"
        case .checksumMismatch(_, _, _, let size, let checksum): "\(size) bytes with CRC-32 \(checksum)"
        case .largerThanDeclared(_, _, let size): "at least \(size) bytes when decompressed"
        case .workbookTooLarge: "more on reaching this part"
        case .damagedData(_, let detail): "damaged data (\(detail))"
        case .utf16XML: "XML in UTF-16"
        case .malformedXML(let fault, _, let line, let column): "\(fault.found) at line \(line), column \(column)"
        case .missingContentTypes: "none (is this an XLSX file?)"
        case .externalLink(_, let target, let id):
            "a link to \"\(target)\" (relationship \(id), TargetMode=\"External\")"
        case .externalLinkPart(let part): "an external link part \(part)"
        default: sheetFound
        }
    }

    private var sheetExpected: String {
        switch self {
        case .sheetNotFound(_, let sheets):
            "one of the sheets \(Self.quotedNames(sheets))"
                + (sheets.count > Self.namesShown ? " and \(sheets.count - Self.namesShown) more" : "")
        case .noSheetToRead: "a sheet"
        case .notAWorksheet(_, let sheet): "sheet \"\(sheet)\" to be a worksheet"
        case .missingSheetPart(let part, let sheet): "the part \(part) holding sheet \"\(sheet)\""
        case .sheetWithoutName: "a name and r:id on every <sheet>"
        case .missingSheetRelationship(_, let id, let sheet): "a relationship \(id) for sheet \"\(sheet)\""
        case .incompleteRelationship: "Id, Type and Target on every <Relationship>"
        case .rowOutOfOrder(_, let sheet, let previous, _): "a row number above \(previous) on sheet \"\(sheet)\""
        case .rowBeyondLast(_, let limit, _): "at most \(limit) rows"
        case .tooManyRows(_, let sheet, let limit, _): "at most \(limit) rows holding data on sheet \"\(sheet)\""
        case .columnBeyondLimit(_, _, let lastColumn, _): "columns up to \(lastColumn)"
        case .tooManyCellsInRow(_, _, let limit): "at most \(limit) cells in a row"
        case .badCellReference(_, _, let row, let after, _):
            "a cell reference in row \(row)" + (after.map { " after column \($0)" } ?? "")
        case .cellTooLong(_, _, let limit, _): "at most \(limit) characters"
        case .sharedStringTooLong(_, let limit, _, _): "shared strings of at most \(limit) characters"
        case .tooManySharedStrings(_, let limit): "at most \(limit) shared strings"
        case .notANumber: "a number"
        case .badSharedStringIndex(_, _, let count, _): "a shared string index below \(count)"
        case .badBoolean: "a boolean 0 or 1"
        case .badCellType: "a cell type n, s, str, inlineStr, b, e or d"
        default: ""
        }
    }

    private var sheetFound: String {
        switch self {
        case .missingPart, .missingWorkbookRelationships, .missingWorkbookPart, .missingSheetPart,
            .missingSheetRelationship:
            "none"
        case .sheetNotFound(let sheet, _), .noSheetToRead(let sheet): "no sheet named \"\(sheet)\""
        case .notAWorksheet: "a chart sheet, dialog sheet or macro sheet"
        case .sheetWithoutName: "a <sheet> without them"
        case .incompleteRelationship: "one without them"
        case .rowOutOfOrder(_, _, _, let row): "<row r=\"\(row)\">"
        case .rowBeyondLast(_, _, let previous): "a row after row \(previous)"
        case .tooManyRows(_, _, _, let nextRow): "more, the next at row \(nextRow)"
        case .columnBeyondLimit(_, _, _, let column): "a cell in column \(column)"
        case .tooManyCellsInRow, .tooManySharedStrings: "more"
        case .badCellReference(_, _, _, _, let reference): "<c r=\"\(reference)\">"
        case .cellTooLong(_, _, _, let length): "\(length) or more"
        case .sharedStringTooLong(_, _, let index, let length): "shared string \(index) of \(length) or more"
        case .notANumber(_, _, let value), .badSharedStringIndex(_, _, _, let value), .badBoolean(_, _, let value):
            "\"\(value)\""
        case .badCellType(_, _, let type): "t=\"\(type)\""
        default: ""
        }
    }
}

extension WorkbookError {
    /// Each situation in which a workbook cannot be read, with its values. `code` is stable: callers key their
    /// own messages on it and render `values` into them.
    public enum Problem: Equatable, Sendable {
        /// The file is empty.
        case emptyFile
        /// The file does not start as a zip archive does; `start` shows its first bytes (`0x25 0x50 0x44 0x46`).
        case notAZip(start: String)
        /// An OLE compound file: an encrypted workbook or an old `.xls`.
        case oleFile
        /// The file is larger than `limit` bytes.
        case fileTooLarge(limit: Int, size: Int)
        /// The zip directory cannot be read.
        case damagedZip
        /// The archive has no part `part`.
        case missingPart(part: String)
        /// The zip directory declares `part` larger than `limit` bytes.
        case partTooLarge(part: String, limit: Int, declared: Int)
        /// `part` decompresses to more than `limit` bytes.
        case partTooLargeInflated(part: String, limit: Int)
        /// `part` decompresses to other bytes than the zip directory declares.
        case checksumMismatch(part: String, declaredSize: Int, declaredChecksum: Int, size: Int, checksum: Int)
        /// `part` decompresses to more bytes than the zip directory declares.
        case largerThanDeclared(part: String, declared: Int, size: Int)
        /// The parts read decompress to more than `limit` bytes together, on reaching `part`.
        case workbookTooLarge(part: String, limit: Int)
        /// `part`'s compressed data does not decompress; `detail` is the zip library's error.
        case damagedData(part: String, detail: String)
        /// `part` is XML in UTF-16.
        case utf16XML(part: String)
        /// `part` is not well-formed XML at `line` and `column` (counting bytes from 1).
        case malformedXML(XMLFault, part: String, line: Int, column: Int)
        /// The archive has no `[Content_Types].xml`.
        case missingContentTypes
        /// The workbook part has no relationships part `part` listing its sheets.
        case missingWorkbookRelationships(part: String)
        /// The relationships part `part` links to the external `target` (relationship `id`).
        case externalLink(part: String, target: String, id: String)
        /// The archive holds the external link part `part`.
        case externalLinkPart(part: String)
        /// The package names the workbook part `part`, which the archive does not hold.
        case missingWorkbookPart(part: String)
        /// No sheet is named `sheet`; `sheets` are the names there are.
        case sheetNotFound(sheet: String, sheets: [String])
        /// No sheet is named `sheet`, and the workbook has no sheet at all.
        case noSheetToRead(sheet: String)
        /// Sheet `sheet`, in `part`, is a chart, dialog or macro sheet.
        case notAWorksheet(part: String, sheet: String)
        /// The part `part` holding sheet `sheet` is not in the archive.
        case missingSheetPart(part: String, sheet: String)
        /// The workbook part `part` lists a sheet without a name or relationship id.
        case sheetWithoutName(part: String)
        /// The relationships part `part` has no relationship `id` for sheet `sheet`.
        case missingSheetRelationship(part: String, id: String, sheet: String)
        /// The relationships part `part` has a relationship without its Id, Type or Target.
        case incompleteRelationship(part: String)
        /// On sheet `sheet` in `part`, row `row` (as written) does not come after row `previous`.
        case rowOutOfOrder(part: String, sheet: String, previous: Int, row: String)
        /// A row in `part` comes after row `previous`, the last row there may be (`limit`).
        case rowBeyondLast(part: String, limit: Int, previous: Int)
        /// Sheet `sheet` in `part` has more than `limit` rows holding data; the next is row `nextRow`.
        case tooManyRows(part: String, sheet: String, limit: Int, nextRow: Int)
        /// Cell `cell` lies in column `column`, beyond the last column allowed, `lastColumn`.
        case columnBeyondLimit(part: String, cell: String, lastColumn: String, column: String)
        /// Row `cell` (`sheet!R12`) has more than `limit` cells.
        case tooManyCellsInRow(part: String, cell: String, limit: Int)
        /// Cell `cell` has the reference `reference`, not one in row `row` after column `after`.
        case badCellReference(part: String, cell: String, row: Int, after: String?, reference: String)
        /// Cell `cell` holds at least `length` characters, more than `limit`.
        case cellTooLong(part: String, cell: String, limit: Int, length: Int)
        /// Shared string `index` holds at least `length` characters, more than `limit`.
        case sharedStringTooLong(part: String, limit: Int, index: Int, length: Int)
        /// The shared string table has more than `limit` entries.
        case tooManySharedStrings(part: String, limit: Int)
        /// Number cell `cell` holds `value` (cut to 40 characters).
        case notANumber(part: String, cell: String, value: String)
        /// Shared string cell `cell` holds `value`, not an index below `count`.
        case badSharedStringIndex(part: String, cell: String, count: Int, value: String)
        /// Boolean cell `cell` holds `value`.
        case badBoolean(part: String, cell: String, value: String)
        /// Cell `cell` has the unknown type `type`.
        case badCellType(part: String, cell: String, type: String)
    }

    /// A value of a problem: a whole number or a text.
    public enum Value: Equatable, Sendable, CustomStringConvertible {
        /// A count, size, limit, row or line number.
        case number(Int)
        /// A part path, sheet name, cell reference or what a cell holds.
        case text(String)

        /// The value as text: a number in decimal digits.
        public var description: String {
            switch self {
            case .number(let number): String(number)
            case .text(let text): text
            }
        }
    }
}

extension WorkbookError.Problem {
    /// The stable snake_case name of the situation, such as `file_too_large`; `xml_…` for malformed XML.
    public var code: String {
        switch self {
        case .emptyFile: "empty_file"
        case .notAZip: "not_a_zip"
        case .oleFile: "ole_file"
        case .fileTooLarge: "file_too_large"
        case .damagedZip: "damaged_zip"
        case .missingPart: "missing_part"
        case .partTooLarge: "part_too_large"
        case .partTooLargeInflated: "part_too_large_inflated"
        case .checksumMismatch: "checksum_mismatch"
        case .largerThanDeclared: "larger_than_declared"
        case .workbookTooLarge: "workbook_too_large"
        case .damagedData: "damaged_data"
        case .utf16XML: "utf16_xml"
        case .malformedXML(let fault, _, _, _): "xml_" + fault.code
        case .missingContentTypes: "missing_content_types"
        case .missingWorkbookRelationships: "missing_workbook_relationships"
        case .externalLink: "external_link"
        case .externalLinkPart: "external_link_part"
        case .missingWorkbookPart: "missing_workbook_part"
        case .sheetNotFound: "sheet_not_found"
        case .noSheetToRead: "no_sheet_to_read"
        case .notAWorksheet: "not_a_worksheet"
        case .missingSheetPart: "missing_sheet_part"
        case .sheetWithoutName: "sheet_without_name"
        case .missingSheetRelationship: "missing_sheet_relationship"
        case .incompleteRelationship: "incomplete_relationship"
        case .rowOutOfOrder: "row_out_of_order"
        case .rowBeyondLast: "row_beyond_last"
        case .tooManyRows: "too_many_rows"
        case .columnBeyondLimit: "column_beyond_limit"
        case .tooManyCellsInRow: "too_many_cells_in_row"
        case .badCellReference: "bad_cell_reference"
        case .cellTooLong: "cell_too_long"
        case .sharedStringTooLong: "shared_string_too_long"
        case .tooManySharedStrings: "too_many_shared_strings"
        case .notANumber: "not_a_number"
        case .badSharedStringIndex: "bad_shared_string_index"
        case .badBoolean: "bad_boolean"
        case .badCellType: "bad_cell_type"
        }
    }

    /// The kind the problem is of.
    public var kind: WorkbookError.Kind {
        switch self {
        case .emptyFile, .notAZip: .notAZip
        case .oleFile: .encrypted
        case .fileTooLarge: .archiveTooLarge
        case .damagedZip, .checksumMismatch, .largerThanDeclared, .damagedData: .corruptArchive
        case .missingPart, .missingContentTypes, .missingWorkbookRelationships, .missingWorkbookPart,
            .missingSheetPart:
            .missingPart
        case .partTooLarge, .partTooLargeInflated: .partTooLarge
        case .workbookTooLarge: .workbookTooLarge
        case .utf16XML, .notAWorksheet: .unsupportedFeature
        case .malformedXML: .malformedXML
        case .externalLink, .externalLinkPart: .externalLink
        case .sheetNotFound, .noSheetToRead: .sheetNotFound
        case .sheetWithoutName, .missingSheetRelationship, .incompleteRelationship: .invalidPart
        case .rowOutOfOrder, .rowBeyondLast, .tooManyCellsInRow, .badCellReference, .notANumber,
            .badSharedStringIndex, .badBoolean, .badCellType:
            .invalidCell
        case .tooManyRows: .tooManyRows
        case .columnBeyondLimit: .tooManyColumns
        case .cellTooLong, .sharedStringTooLong: .cellTooLong
        case .tooManySharedStrings: .tooManySharedStrings
        }
    }
}

/// Why a workbook could not be written: content a spreadsheet would refuse or "repair".
public enum XLSXWriteError: Error, Equatable, CustomStringConvertible {
    /// A workbook needs at least one sheet.
    case noSheets
    /// The sheet name breaks Excel's rules (length, characters, reserved `History`).
    case invalidSheetName(String)
    /// Two sheets share a name (compared case-insensitively, as Excel does).
    case duplicateSheetName(String)
    /// The active sheet does not exist or is hidden.
    case invalidActiveSheet(Int)
    /// A reference lies outside A1:XFD1048576.
    case referenceOutOfRange(sheet: String, String)
    /// A number cell's text is not a plain decimal.
    case invalidNumber(sheet: String, cell: String, String)
    /// A text cell over Excel's limit of 32,767 characters.
    case textTooLong(sheet: String, cell: String)
    /// A fill is not 6 or 8 hex digits.
    case invalidFill(String)
    /// A style value out of range (font size, indent).
    case invalidStyle(String)
    /// Merged ranges overlap, or a merge covers a single cell.
    case invalidMerge(sheet: String, String)
    /// A column width, row height, frozen row count or print setting out of range.
    case invalidLayout(sheet: String, String)
    /// A drop-down list Excel would refuse: entries with `,` or `"`, too long, or messages over the limits.
    case invalidDataValidation(sheet: String, String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .noSheets: "a workbook needs at least one sheet"
        case .invalidSheetName(let name): "invalid sheet name '\(name)'"
        case .duplicateSheetName(let name): "duplicate sheet name '\(name)'"
        case .invalidActiveSheet(let index): "active sheet \(index) is missing or hidden"
        case .referenceOutOfRange(let sheet, let what): "\(sheet): reference out of range: \(what)"
        case .invalidNumber(let sheet, let cell, let text): "\(sheet)!\(cell): not a decimal number: '\(text)'"
        case .textTooLong(let sheet, let cell): "\(sheet)!\(cell): text over 32767 characters"
        case .invalidFill(let fill): "fill '\(fill)' is not RGB or ARGB hex"
        case .invalidStyle(let what): "invalid style: \(what)"
        case .invalidMerge(let sheet, let what): "\(sheet): invalid merge: \(what)"
        case .invalidLayout(let sheet, let what): "\(sheet): \(what)"
        case .invalidDataValidation(let sheet, let what): "\(sheet): invalid data validation: \(what)"
        }
    }
}

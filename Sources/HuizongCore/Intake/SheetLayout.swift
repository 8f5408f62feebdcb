import XLSX

/// Where a workbook submission's columns are: the sheet read and the letter of each
/// submission column, so that findings name cells (`填报!J12`) instead of lines.
public struct SheetLayout: Sendable, Equatable {
    /// The sheet the submission was read from.
    public var sheet: String
    /// Column letter by the column's English name, e.g. `actual` → `J`.
    public var letters: [String: String]

    /// The layout of `header` read from `sheet`.
    init(sheet: String, header: SubmissionHeader) {
        self.sheet = sheet
        var letters: [String: String] = [:]
        for (position, column) in header.columns.enumerated() {
            letters[column.name] = CellReference.columnName(position + 1)
        }
        self.letters = letters
    }

    /// The cell of `column` on row `line` (`填报!J12`), the whole row when the column is not
    /// known (`填报!12:12`), nil without a row.
    public func cell(line: Int?, column: String?) -> String? {
        guard let line else { return nil }
        if let column, let letter = letters[column] { return "\(sheet)!\(letter)\(line)" }
        return "\(sheet)!\(line):\(line)"
    }

    /// The letters as JSON for `intake.submission.cell_columns`.
    var lettersJSON: String {
        "{" + letters.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ") + "}"
    }
}

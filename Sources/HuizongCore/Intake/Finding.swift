/// One problem, located as precisely as possible.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    /// The file name as given.
    public var file: String
    /// 1-based physical line where the record starts (the header is line 1); nil for the whole file.
    public var line: Int?
    /// The column's English name (e.g. "actual"); nil when the problem is not in one cell.
    public var column: String?
    /// The rule id, e.g. "amount".
    public var rule: String
    /// Whether the problem rejects the submission.
    public var severity: Severity
    /// What was expected, in plain words.
    public var expected: String
    /// What was found: the cell as it appeared in the file, or a description.
    public var found: String
    /// In a workbook, the cell in A1 style (`填报!F12`) or the row (`填报!12:12`); nil for CSV.
    public var cell: String?

    /// Creates a finding from all of its parts.
    public init(
        file: String, line: Int?, column: String?, rule: String, severity: Severity,
        expected: String, found: String, cell: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.rule = rule
        self.severity = severity
        self.expected = expected
        self.found = found
        self.cell = cell
    }

    /// "error: FILE:LINE: column COL: [RULE] expected EXPECTED, found FOUND", leaving out nil parts;
    /// a workbook's finding names its cell instead of the line: "error: FILE: 填报!J12: column actual: …".
    public var description: String {
        var place = file
        if let cell {
            place += ": \(cell)"
        } else if let line {
            place += ":\(line)"
        }
        let cell = column.map { "column \($0): " } ?? ""
        return "\(severity.rawValue): \(place): \(cell)[\(rule)] expected \(expected), found \(found)"
    }
}

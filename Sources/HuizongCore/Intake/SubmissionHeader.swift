/// The header row: which column each field position holds.
struct SubmissionHeader: Sendable {
    /// The column at each field position.
    let columns: [SubmissionColumn]
    /// The field position of each column, indexed by the column's raw value; nil when absent.
    let positions: [Int?]

    /// The field position of `column`, nil when the header lacks it.
    func position(of column: SubmissionColumn) -> Int? {
        positions[column.rawValue]
    }

    /// Reads the header `record`; nil, with the findings, when it is unusable.
    static func read(_ record: CSVRawRecord, file: String) -> (header: SubmissionHeader?, findings: [Finding]) {
        func finding(_ rule: String, _ expected: String, _ found: String) -> Finding {
            Finding(
                file: file, line: record.line, column: nil, rule: rule, severity: .error, expected: expected,
                found: found)
        }
        guard record.problems.isEmpty else {
            return (nil, record.problems.map { finding("csv_syntax", $0.expected, $0.found) })
        }
        let (header, problems) = naming(record.fields)
        guard problems.isEmpty else { return (nil, problems.map { finding("header", $0.expected, $0.found) }) }
        return (header, [])
    }

    /// The columns the header's fields name, and what is wrong with the names.
    private static func naming(_ fields: [CSVRawField]) -> (SubmissionHeader, [(expected: String, found: String)]) {
        var problems: [(expected: String, found: String)] = []
        var columns: [SubmissionColumn] = []
        var positions = [Int?](repeating: nil, count: SubmissionColumn.allCases.count)
        for field in fields {
            let name = CellSyntax.trimmed(field.text)
            guard let column = SubmissionColumn(named: name) else {
                problems.append((allowedNames, name.isEmpty ? "an empty column name" : name))
                continue
            }
            if positions[column.rawValue] != nil {
                problems.append(("each column at most once", "\(name) (a second \(column.name) column)"))
            }
            positions[column.rawValue] = positions[column.rawValue] ?? columns.count
            columns.append(column)
        }
        if positions[SubmissionColumn.section.rawValue] == nil {
            problems.append(("a section column (section or 表)", "no section column"))
        }
        return (SubmissionHeader(columns: columns, positions: positions), problems)
    }

    private static let allowedNames =
        "one of the column names: "
        + SubmissionColumn.allCases.map { "\($0.name) (\($0.chineseName))" }.joined(separator: ", ")
}

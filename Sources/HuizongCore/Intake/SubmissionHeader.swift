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
        func finding(_ message: IntakeMessage, _ args: FindingArgs) -> Finding {
            Finding(message, file: file, line: record.line, column: nil, args: args)
        }
        guard record.problems.isEmpty else {
            return (nil, record.problems.map { finding($0.message, $0.args) })
        }
        let (header, problems) = naming(record.fields)
        guard problems.isEmpty else { return (nil, problems.map { finding($0.message, $0.args) }) }
        return (header, [])
    }

    /// The columns the header's fields name, and what is wrong with the names.
    private static func naming(_ fields: [CSVRawField]) -> (
        SubmissionHeader, [(message: IntakeMessage, args: FindingArgs)]
    ) {
        var problems: [(message: IntakeMessage, args: FindingArgs)] = []
        var columns: [SubmissionColumn] = []
        var positions = [Int?](repeating: nil, count: SubmissionColumn.allCases.count)
        for field in fields {
            let name = CellSyntax.trimmed(field.text)
            guard let column = SubmissionColumn(named: name) else {
                problems.append(
                    name.isEmpty ? (.headerEmptyColumnName, [:]) : (.headerUnknownColumn, ["found": .text(name)]))
                continue
            }
            if positions[column.rawValue] != nil {
                problems.append((.headerDuplicateColumn, ["found": .text(name), "column": .text(column.name)]))
            }
            positions[column.rawValue] = positions[column.rawValue] ?? columns.count
            columns.append(column)
        }
        if positions[SubmissionColumn.section.rawValue] == nil {
            problems.append((.headerNoSection, [:]))
        }
        return (SubmissionHeader(columns: columns, positions: positions), problems)
    }
}

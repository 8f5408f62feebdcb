/// The cells of one record, read by column, with the findings made while reading them.
struct RecordCells {
    let file: String
    let header: SubmissionHeader
    let record: CSVRawRecord
    private(set) var findings: [Finding] = []
    /// The trimmed text of each column, indexed by raw value; nil when empty or absent.
    private let texts: [String?]

    /// `record` must have as many fields as `header` has columns.
    init(file: String, header: SubmissionHeader, record: CSVRawRecord) {
        self.file = file
        self.header = header
        self.record = record
        texts = SubmissionColumn.allCases.map { column in
            header.position(of: column).flatMap { position in
                let text = CellSyntax.trimmed(record.fields[position].text)
                return text.isEmpty ? nil : text
            }
        }
    }

    /// Adds an error finding of the shape `message` at this record's line.
    mutating func report(_ message: IntakeMessage, _ column: SubmissionColumn?, _ args: FindingArgs = [:]) {
        findings.append(Finding(message, file: file, line: record.line, column: column?.name, args: args))
    }

    /// The cell as the file had it, as a `found` argument; none for an empty cell.
    private func found(_ column: SubmissionColumn, _ text: String?) -> FindingArgs {
        guard let text else { return [:] }
        return ["found": .text(field(column)?.raw ?? text)]
    }

    /// The field of `column`, nil when the header has no such column.
    func field(_ column: SubmissionColumn) -> CSVRawField? {
        header.position(of: column).map { record.fields[$0] }
    }

    /// The trimmed text of `column`, nil when empty or absent.
    func text(_ column: SubmissionColumn) -> String? {
        texts[column.rawValue]
    }

    mutating func section() -> Section? {
        let name = text(.section)
        guard let name, let section = Section(named: name) else {
            report(.section, .section, found(.section, name))
            return nil
        }
        return section
    }

    /// The canonical item for `section`; nil for expenditure, whose item must be empty.
    mutating func item(in section: Section) -> String? {
        let name = text(.item)
        if section == .expenditure {
            if name != nil { report(.itemOnExpenditure, .item, ["found": .text(field(.item)?.raw ?? "")]) }
            return nil
        }
        guard let name, let item = section.itemNamed(name) else {
            report(.item, .item, found(.item, name).merging(["section": .text(section.rawValue)]) { $1 })
            return nil
        }
        return item
    }

    /// A non-empty enumeration value, reported as `message` when unknown.
    mutating func enumeration<Value>(
        _ column: SubmissionColumn, _ named: (String) -> Value?, _ message: IntakeMessage
    ) -> Value? {
        guard let name = text(column) else { return nil }
        guard let value = named(name) else {
            report(message, column, found(column, name))
            return nil
        }
        return value
    }

    /// A non-empty code of exactly `length` ASCII digits, reported as `message` when not.
    mutating func code(_ column: SubmissionColumn, length: Int, _ message: IntakeMessage) -> String? {
        guard let code = text(column) else { return nil }
        guard CellSyntax.isDigits(code, length: length) else {
            report(message, column, found(column, code))
            return nil
        }
        return code
    }

    /// A non-empty yuan amount in fen.
    mutating func amount(_ column: SubmissionColumn) -> Fen? {
        guard let text = text(column), let field = field(column) else { return nil }
        guard let fen = CellSyntax.amount(text, grouped: field.quoted) else {
            report(.amount, column, ["found": .text(field.raw)])
            return nil
        }
        return fen
    }

    /// A non-empty head count, as count × 100 fen.
    mutating func count(_ column: SubmissionColumn) -> Fen? {
        guard let text = text(column), let field = field(column) else { return nil }
        guard let fen = CellSyntax.count(text) else {
            report(.count, column, ["found": .text(field.raw)])
            return nil
        }
        return fen
    }

    /// The unit code must be given and the fiscal year be four digits.
    mutating func checkMeta(item: String?) {
        let value = text(.text)
        switch item {
        case "unit_code" where value == nil:
            report(.metaUnitCodeEmpty, .text)
        case "fiscal_year" where !CellSyntax.isDigits(value ?? "", length: 4):
            report(.metaFiscalYear, .text, found(.text, value))
        default:
            break
        }
    }
}

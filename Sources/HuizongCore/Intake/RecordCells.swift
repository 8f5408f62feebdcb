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

    /// Adds an error finding at this record's line.
    mutating func report(_ rule: String, _ column: SubmissionColumn?, expected: String, found: String) {
        findings.append(
            Finding(
                file: file, line: record.line, column: column?.name, rule: rule, severity: .error,
                expected: expected, found: found))
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
        guard let name = text(.section) else {
            report("section", .section, expected: Self.sections, found: Self.emptyCell)
            return nil
        }
        guard let section = Section(named: name) else {
            report("section", .section, expected: Self.sections, found: field(.section)?.raw ?? name)
            return nil
        }
        return section
    }

    /// The canonical item for `section`; nil for expenditure, whose item must be empty.
    mutating func item(in section: Section) -> String? {
        let name = text(.item)
        if section == .expenditure {
            if name != nil {
                report(
                    "item", .item, expected: "an empty item on an expenditure line",
                    found: field(.item)?.raw ?? "")
            }
            return nil
        }
        let expected =
            "one of the items of \(section.rawValue): "
            + section.items.map { "\($0.english) (\($0.chinese))" }.joined(separator: ", ")
        guard let name else {
            report("item", .item, expected: expected, found: Self.emptyCell)
            return nil
        }
        guard let item = section.itemNamed(name) else {
            report("item", .item, expected: expected, found: field(.item)?.raw ?? name)
            return nil
        }
        return item
    }

    /// A non-empty enumeration value, rule named after its column.
    mutating func enumeration<Value>(
        _ column: SubmissionColumn, _ named: (String) -> Value?, expected: String
    ) -> Value? {
        guard let name = text(column) else { return nil }
        guard let value = named(name) else {
            report(column.name, column, expected: expected, found: field(column)?.raw ?? name)
            return nil
        }
        return value
    }

    /// A non-empty code of exactly `length` ASCII digits, rule named after its column.
    mutating func code(_ column: SubmissionColumn, length: Int, expected: String) -> String? {
        guard let code = text(column) else { return nil }
        guard CellSyntax.isDigits(code, length: length) else {
            report(column.name, column, expected: expected, found: field(column)?.raw ?? code)
            return nil
        }
        return code
    }

    /// A non-empty yuan amount in fen.
    mutating func amount(_ column: SubmissionColumn) -> Fen? {
        guard let text = text(column), let field = field(column) else { return nil }
        guard let fen = CellSyntax.amount(text, grouped: field.quoted) else {
            report("amount", column, expected: Self.amountExpectation, found: field.raw)
            return nil
        }
        return fen
    }

    /// A non-empty head count, as count × 100 fen.
    mutating func count(_ column: SubmissionColumn) -> Fen? {
        guard let text = text(column), let field = field(column) else { return nil }
        guard let fen = CellSyntax.count(text) else {
            report("count", column, expected: Self.countExpectation, found: field.raw)
            return nil
        }
        return fen
    }

    /// The unit code must be given and the fiscal year be four digits.
    mutating func checkMeta(item: String?) {
        let value = text(.text)
        switch item {
        case "unit_code" where value == nil:
            report("meta", .text, expected: "the unit's code", found: Self.emptyCell)
        case "fiscal_year" where !CellSyntax.isDigits(value ?? "", length: 4):
            let found = value == nil ? Self.emptyCell : field(.text)?.raw ?? ""
            report("meta", .text, expected: "a four-digit year, e.g. 2022", found: found)
        default:
            break
        }
    }

    private static let amountExpectation = "a yuan amount with at most two decimals, e.g. 1234.56"
    private static let countExpectation =
        "a whole non-negative number of at most \(CellSyntax.maxCountDigits) digits, e.g. 17"
    private static let emptyCell = "an empty cell"
    private static let sections =
        "one of the sections: "
        + Section.allCases.map { "\($0.rawValue) (\($0.chineseName))" }.joined(separator: ", ")
}

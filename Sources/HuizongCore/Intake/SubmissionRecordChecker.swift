/// Checks the syntax, types and enumerations of one data record and types its cells.
struct SubmissionRecordChecker: Sendable {
    let file: String
    let header: SubmissionHeader

    /// The typed line, nil when the record has an error, and the findings about it.
    func check(_ record: CSVRawRecord) -> (line: SubmissionLine?, findings: [Finding]) {
        guard record.problems.isEmpty else {
            let findings = record.problems.map { problem in
                let column = problem.field < header.columns.count ? header.columns[problem.field] : nil
                return syntaxFinding(record, column, expected: problem.expected, found: problem.found)
            }
            return (nil, findings)
        }
        guard record.fields.count == header.columns.count else {
            let expected = "\(header.columns.count) fields"
            return (nil, [syntaxFinding(record, nil, expected: expected, found: "\(record.fields.count) fields")])
        }
        var cells = RecordCells(file: file, header: header, record: record)
        let line = typedLine(&cells)
        return (cells.findings.isEmpty ? line : nil, cells.findings)
    }

    private func syntaxFinding(
        _ record: CSVRawRecord, _ column: SubmissionColumn?, expected: String, found: String
    ) -> Finding {
        Finding(
            file: file, line: record.line, column: column?.name, rule: "csv_syntax", severity: .error,
            expected: expected, found: found)
    }

    private func typedLine(_ cells: inout RecordCells) -> SubmissionLine? {
        let section = cells.section()
        let item = section.flatMap { cells.item(in: $0) }
        let kind = cells.enumeration(.kind, ExpenditureKind.init(named:), expected: Self.kinds)
        let projectType = cells.enumeration(.projectType, ProjectType.init(named:), expected: Self.projectTypes)
        let funcCode = cells.code(.funcCode, length: 7, expected: Self.funcCodeExpectation)
        let econCode = cells.code(.econCode, length: 5, expected: Self.econCodeExpectation)
        let budgetInitial = cells.amount(.budgetInitial)
        let budgetFinal = cells.amount(.budgetFinal)
        let counts = section?.countsInActual(item: item) ?? false
        let actual = counts ? cells.count(.actual) : cells.amount(.actual)
        if section == .meta { cells.checkMeta(item: item) }
        guard let section else { return nil }
        return SubmissionLine(
            line: cells.record.line, section: section, item: item, kind: kind, project: cells.text(.project),
            projectType: projectType, funcCode: funcCode, econCode: econCode, budgetInitial: budgetInitial,
            budgetFinal: budgetFinal, actual: actual, text: cells.text(.text))
    }

    private static let funcCodeExpectation = "a 7-digit functional classification code, e.g. 2150501"
    private static let econCodeExpectation = "a 5-digit economic classification code, e.g. 30101"
    private static let kinds = ExpenditureKind.allCases.map { "\($0.rawValue) (\($0.chineseName))" }
        .joined(separator: " or ")
    private static let projectTypes = ProjectType.allCases.map { "\($0.rawValue) (\($0.chineseName))" }
        .joined(separator: " or ")
}

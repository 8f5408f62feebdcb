/// Checks the syntax, types and enumerations of one data record and types its cells.
struct SubmissionRecordChecker: Sendable {
    let file: String
    let header: SubmissionHeader

    /// The typed line, nil when the record has an error, and the findings about it.
    func check(_ record: CSVRawRecord) -> (line: SubmissionLine?, findings: [Finding]) {
        guard record.problems.isEmpty else {
            let findings = record.problems.map { problem in
                let column = problem.field < header.columns.count ? header.columns[problem.field] : nil
                return Finding(
                    problem.message, file: file, line: record.line, column: column?.name, args: problem.args)
            }
            return (nil, findings)
        }
        guard record.fields.count == header.columns.count else {
            let args: FindingArgs = [
                "expected": .number(Int64(header.columns.count)), "found": .number(Int64(record.fields.count)),
            ]
            return (nil, [Finding(.csvFieldCount, file: file, line: record.line, column: nil, args: args)])
        }
        var cells = RecordCells(file: file, header: header, record: record)
        let line = typedLine(&cells)
        return (cells.findings.isEmpty ? line : nil, cells.findings)
    }

    private func typedLine(_ cells: inout RecordCells) -> SubmissionLine? {
        let section = cells.section()
        let item = section.flatMap { cells.item(in: $0) }
        let kind = cells.enumeration(.kind, ExpenditureKind.init(named:), .kind)
        let projectType = cells.enumeration(.projectType, ProjectType.init(named:), .projectType)
        let funcCode = cells.code(.funcCode, length: 7, .funcCode)
        let econCode = cells.code(.econCode, length: 5, .econCode)
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
}

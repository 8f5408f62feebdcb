/// What parsing one submission file found.
public struct ParseReport: Sendable {
    /// The encoding the file was read in; nil when it is neither UTF-8 nor GB18030.
    public var encoding: TextEncoding?
    /// Data records seen, the header and blank lines not counted.
    public var records: Int
    public var findings: [Finding]
    /// The first meta/unit_code text, trimmed.
    public var unitCode: String?
    /// The first meta/fiscal_year text, when it is a four-digit year.
    public var fiscalYear: Int?
    /// For a workbook, where its columns are; nil for CSV.
    public var layout: SheetLayout?
    /// Whether the file could not be read to its end (a refused workbook): the lines
    /// already handed on must not be kept.
    public var unreadable = false

    /// Creates a report; by default of a file not yet read.
    public init(
        encoding: TextEncoding? = nil, records: Int = 0, findings: [Finding] = [],
        unitCode: String? = nil,
        fiscalYear: Int? = nil
    ) {
        self.encoding = encoding
        self.records = records
        self.findings = findings
        self.unitCode = unitCode
        self.fiscalYear = fiscalYear
    }

    /// Whether any finding is an error, which rejects the submission.
    public var hasErrors: Bool {
        findings.contains { $0.severity == .error }
    }

    /// Remembers the unit and year the first well-formed meta lines state.
    mutating func note(_ line: SubmissionLine) {
        guard line.section == .meta, let text = line.text else { return }
        switch line.item {
        case "unit_code" where unitCode == nil: unitCode = text
        case "fiscal_year" where fiscalYear == nil: fiscalYear = Int(text)
        default: break
        }
    }
}

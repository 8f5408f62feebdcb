/// What parsing one submission file found.
public struct ParseReport: Sendable {
    /// The encoding the file was read in; nil when it is neither UTF-8 nor GB18030.
    public var encoding: TextEncoding?
    /// Data records seen, the header and blank lines not counted.
    public var records: Int
    /// The findings, the first `findingLimit` of them; see `omitted`.
    public private(set) var findings: [Finding]
    /// Findings beyond `findingLimit`, counted and not kept: a small file of commas must
    /// not become a huge answer (issue 16: 100 KB of commas gave 100 002 findings).
    public private(set) var omitted = 0

    /// The most findings one file keeps.
    public static let findingLimit = 1000
    /// Error findings against valid lines beyond which a file is clearly not a submission
    /// and is read no further: a genuine file with 1000 errors has most of its lines valid.
    static let hopelessRatio = 10
    /// Lines handed on so far, each well-formed.
    public private(set) var valid = 0
    /// Error findings so far, kept or counted.
    private var errors = 0
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

    /// Keeps `finding` while under the limit, else counts it.
    mutating func add(_ finding: Finding) {
        if finding.severity == .error { errors += 1 }
        if findings.count < Self.findingLimit { findings.append(finding) } else { omitted += 1 }
    }

    /// Whether the file is clearly not a submission: more errors than one file lists, and
    /// under a tenth as many valid lines. Reading on would only count more of them (issue 16:
    /// an 8 MiB file of junk ran for 14 minutes).
    var isHopeless: Bool {
        errors >= Self.findingLimit && valid * Self.hopelessRatio < errors
    }

    /// Stops at `line`: the finding that says so goes first (it has no line), so the limit
    /// keeps it and counts the last listed one among the omitted instead.
    mutating func stop(at line: Int, file: String) {
        let stop = Finding(
            .notASubmission, file: file, line: nil, column: nil,
            args: [
                "errors": .number(Int64(errors)), "valid": .number(Int64(valid)),
                "records": .number(Int64(records)), "line": .number(Int64(line)),
            ])
        findings.insert(stop, at: 0)
    }

    /// Keeps `new` while under the limit, counting the rest.
    mutating func add(_ new: [Finding]) {
        for finding in new { add(finding) }
    }

    /// Drops every finding but `finding`: a refused workbook is one finding.
    mutating func replaceFindings(with finding: Finding) {
        findings = [finding]
        omitted = 0
    }

    /// Whether any finding is an error, which rejects the submission.
    public var hasErrors: Bool {
        findings.contains { $0.severity == .error }
    }

    /// Remembers the unit and year the first well-formed meta lines state.
    mutating func note(_ line: SubmissionLine) {
        valid += 1
        guard line.section == .meta, let text = line.text else { return }
        switch line.item {
        case "unit_code" where unitCode == nil: unitCode = text
        case "fiscal_year" where fiscalYear == nil: fiscalYear = Int(text)
        default: break
        }
    }
}

import Foundation
import Logging
import Postgres

/// Takes one uploaded file through intake: raw bytes stored first (with SHA-256), rows
/// parsed and streamed into `intake.line` through COPY, the rules run, and the
/// submission accepted or rejected — all of it in one transaction after the raw upload,
/// so a file is never half-accepted.
public struct SubmissionStore {
    let connection: Connection
    let rules: [Rule]
    let logger: Logger
    /// What the rules and reference tables are, computed once for many files.
    private let stamp = StampCache()

    /// A store on an open connection, checking with `rules`.
    public init(connection: Connection, rules: [Rule], logger: Logger) {
        self.connection = connection
        self.rules = rules
        self.logger = logger
    }

    /// What became of one file.
    public struct Outcome: Sendable {
        public var fileName: String
        public var uploadId: Int64
        public var submissionId: Int64
        public var unitCode: String?
        public var fiscalYear: Int?
        public var version: Int?
        public var status: SubmissionStatus
        public var findings: [Finding]
        /// Data records the file held.
        public var records: Int
    }

    /// Stores and checks one file. `expectedUnit` and `expectedYear` are the upload's own
    /// unit and year (command-line flags or the portal's form); the file's meta rows must agree.
    public func submit(fileName: String, data: [UInt8], expectedUnit: String?, expectedYear: Int?) throws -> Outcome {
        // PostgreSQL text cannot hold NUL; a name the portal received with one keeps the rest
        let fileName = fileName.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
        let uploadId = try storeRaw(fileName: fileName, data: data)
        return try connection.transaction {
            // JIT compiles each statement anew; for one file's checks compiling costs more than
            // it saves (measured: 252 ms against 48 ms for the rules of a 10 000-line file).
            try connection.execute("set local jit = off")
            let submissionId = try createSubmission(uploadId: uploadId)
            var report = ParseReport(encoding: nil, records: 0, findings: [], unitCode: nil, fiscalYear: nil)
            try connection.copyIn(LineCopy.copySQL) { writer in
                report = try SubmissionParser(fileName: fileName).parseFile(data) { line in
                    try writer.writeRow(LineCopy.fields(submissionId: submissionId, line: line))
                }
            }
            if report.unreadable {
                try connection.execute("delete from intake.line where submission_id = \(submissionId)")
            }
            var findings = report.findings
            findings += try checkMeta(
                report, fileName: fileName, expectedUnit: expectedUnit, expectedYear: expectedYear)
            var unit = findings.contains { $0.code == "meta" } ? nil : report.unitCode
            if let refusal = try lockedFinding(unit: unit, year: report.fiscalYear, fileName: fileName) {
                findings.append(refusal)
                unit = nil
            }
            let version = try assignUnit(submissionId, unit: unit, year: report.fiscalYear)
            var omitted = report.omitted
            if !findings.contains(where: { $0.severity == .error }) {
                let rules = try ruleFindings(submissionId, fileName: fileName, layout: report.layout)
                findings += rules.findings
                omitted += rules.omitted
            }
            findings.sort { ($0.line ?? 0, $0.code) < ($1.line ?? 0, $1.code) }
            findings = Self.limited(findings, omitted: omitted, fileName: fileName)
            let status = SubmissionStatus(findings: findings)
            try finish(submissionId, uploadId: uploadId, status: status, report: report)
            findings = try store(findings, uploadId: uploadId, submissionId: submissionId, unit: unit)
            return Outcome(
                fileName: fileName, uploadId: uploadId, submissionId: submissionId, unitCode: unit,
                fiscalYear: report.fiscalYear, version: version, status: status, findings: findings,
                records: report.records)
        }
    }

    /// The raw bytes go in on their own, committed before anything is parsed. The commit
    /// does not wait for its own disk flush: the submission's commit right after flushes
    /// the log up to and including it, and a rejected file commits too.
    private func storeRaw(fileName: String, data: [UInt8]) throws -> Int64 {
        try connection.transaction {
            try connection.execute("set local synchronous_commit = off")
            // The bytes are bound once and read twice, so they cross the wire only once.
            let result = try connection.execute(
                """
                insert into intake.upload (file_name, size_bytes, sha256, raw)
                select \(fileName), \(data.count), encode(sha256(b.raw), 'hex'), b.raw
                from (select \(data) as raw) b
                returning id
                """)
            return try result.first!.decode(Int64.self, "id")
        }
    }

    private func createSubmission(uploadId: Int64) throws -> Int64 {
        let result = try connection.execute(
            "insert into intake.submission (upload_id) values (\(uploadId)) returning id")
        return try result.first!.decode(Int64.self, "id")
    }

    private func checkMeta(_ report: ParseReport, fileName: String, expectedUnit: String?, expectedYear: Int?) throws
        -> [Finding]
    {
        var findings: [Finding] = []
        func meta(_ message: IntakeMessage, _ args: FindingArgs) {
            findings.append(Finding(message, file: fileName, line: nil, column: "text", args: args))
        }
        if let unit = report.unitCode {
            if let expectedUnit, expectedUnit != unit {
                meta(.metaUnitMismatch, ["expected": .text(expectedUnit), "found": .text(unit)])
            }
            if try UnitRegistry(connection: connection).find(unit) == nil {
                meta(.metaUnregistered, ["found": .text(unit)])
            }
        }
        if let year = report.fiscalYear, let expectedYear, expectedYear != year {
            meta(.metaYearMismatch, ["expected": .number(Int64(expectedYear)), "found": .number(Int64(year))])
        }
        return findings
    }

    /// Takes the unit and year's lock against concurrent intake and review, then refuses the
    /// file if the finance office has locked them. A refused file stays untied to the unit,
    /// like one whose meta was refused, so it never becomes the newest version.
    private func lockedFinding(unit: String?, year: Int?, fileName: String) throws -> Finding? {
        guard let unit, let year else { return nil }
        try UnitLock.serialize(unit: unit, year: year, connection: connection)
        guard let lock = try UnitLock.find(unit: unit, year: year, connection: connection) else { return nil }
        return Finding(
            .locked, file: fileName, line: nil, column: nil,
            args: ["by": .text(lock.lockedBy), "on": .text(lock.lockedOn)])
    }

    /// Ties the submission to its unit and year and gives it the next version number
    /// (under the lock `lockedFinding` took).
    private func assignUnit(_ submissionId: Int64, unit: String?, year: Int?) throws -> Int? {
        guard let unit, let year else { return nil }
        let result = try connection.execute(
            """
            update intake.submission
            set unit_code = \(unit), fiscal_year = \(year),
                version = (select coalesce(max(version), 0) + 1 from intake.submission
                           where unit_code = \(unit) and fiscal_year = \(year))
            where id = \(submissionId)
            returning version
            """)
        return try result.first?.decode(Int.self, "version")
    }

    /// The rules' findings (at most `ParseReport.findingLimit` of each) and how many more they found.
    private func ruleFindings(_ submissionId: Int64, fileName: String, layout: SheetLayout?) throws
        -> (findings: [Finding], omitted: Int)
    {
        let runner = RuleRunner(connection: connection, rules: rules)
        if stamp.value == nil { stamp.value = try runner.currentStamp() }
        try runner.markChecked(submissionId: submissionId, stamp: stamp.value!)
        let (hits, omitted) = try runner.hits(submissions: [submissionId], limit: ParseReport.findingLimit)
        let findings = hits.map { hit in
            Finding(
                code: hit.rule.id, severity: hit.rule.severity, file: fileName, line: hit.line, column: hit.column,
                item: hit.item, args: hit.args, cell: layout?.cell(line: hit.line, column: hit.column))
        }
        return (findings, omitted)
    }

    private func finish(_ submissionId: Int64, uploadId: Int64, status: SubmissionStatus, report: ParseReport) throws {
        try connection.execute(
            """
            update intake.submission
            set status = \(status.rawValue), encoding = \(report.encoding?.rawValue), records = \(report.records),
                sheet = \(report.layout?.sheet), cell_columns = \(report.layout.map { PostgresJSON($0.lettersJSON) })
            where id = \(submissionId)
            """)
    }

    /// Stores the findings and gives each its identity (`Finding.id`), unit and submission.
    /// Stores the findings in one statement and gives each its identity (`Finding.id`),
    /// unit and submission.
    private func store(_ findings: [Finding], uploadId: Int64, submissionId: Int64, unit: String?) throws
        -> [Finding]
    {
        guard !findings.isEmpty else { return [] }
        let encoder = JSONEncoder()
        let rows = String(decoding: try encoder.encode(findings.map(StoredFinding.init)), as: UTF8.self)
        try connection.execute(
            """
            insert into intake.finding
                (upload_id, submission_id, line_no, column_name, code, severity, item, args, cell)
            select \(uploadId), \(submissionId), (f->>'line')::int, f->>'column', f->>'code', f->>'severity',
                   f->'item', f->'args', f->>'cell'
            from jsonb_array_elements(\(PostgresJSON(rows))) with ordinality as e(f, n)
            order by n
            """)
        // serial ids follow the insert's order, so the keys come back in the findings' order
        let keys = try connection.execute(
            "select key from intake.finding where submission_id = \(submissionId) order by id"
        ).map { try $0.decode(String.self, "key") }
        return zip(findings, keys).map { finding, key in
            var stored = finding
            stored.id = key
            stored.unit = unit
            stored.submission = submissionId
            return stored
        }
    }

    /// The first `ParseReport.findingLimit` findings and, when there were more, one more
    /// saying how many are not listed.
    static func limited(_ findings: [Finding], omitted: Int, fileName: String) -> [Finding] {
        let limit = ParseReport.findingLimit
        let omitted = omitted + max(0, findings.count - limit)
        guard omitted > 0 else { return findings }
        let kept = Array(findings.prefix(limit))
        var summary = Finding(
            .tooManyFindings, file: fileName, line: nil, column: nil,
            args: ["limit": .number(Int64(limit)), "omitted": .number(Int64(omitted))])
        // only the rules' warnings can be too many without an error among the first
        if !kept.contains(where: { $0.severity == .error }) { summary.severity = .warning }
        return kept + [summary]
    }
}

/// A finding as the one-statement insert of `SubmissionStore.store` reads it.
private struct StoredFinding: Encodable {
    var line: Int?
    var column: String?
    var code: String
    var severity: String
    var item: FindingArgs
    var args: FindingArgs
    var cell: String?

    init(_ finding: Finding) {
        line = finding.line
        column = finding.column
        code = finding.code
        severity = finding.severity.rawValue
        item = finding.item
        args = finding.args
        cell = finding.cell
    }
}

/// The COPY of parsed lines into `intake.line`.
enum LineCopy {
    static let copySQL = """
        copy intake.line (submission_id, line_no, section, item, kind, project, project_type,
                          func_code, econ_code, budget_initial, budget_final, actual, text)
        from stdin
        """

    static func fields(submissionId: Int64, line: SubmissionLine) -> [String?] {
        [
            String(submissionId), String(line.line), line.section.rawValue, line.item, line.kind?.rawValue,
            line.project, line.projectType?.rawValue, line.funcCode, line.econCode,
            line.budgetInitial?.description, line.budgetFinal?.description, line.actual?.description, line.text,
        ]
    }
}

/// A value computed on first use and kept for the life of a store.
private final class StampCache {
    var value: String?
}

import Foundation
import Logging
import Postgres

/// Takes uploaded files through intake: raw bytes stored first (with SHA-256), rows
/// parsed and sent into `intake.line` through COPY, the rules run, and each submission
/// accepted or rejected — all of it in one transaction after the raw uploads
/// (`SubmissionBatch`), so a file is never half-accepted. One file is a batch of one.
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

    /// One parsed file to store, with the unit and year the upload was for (command-line
    /// flags or the portal's form; the file's meta rows must agree).
    public struct Upload: Sendable {
        public var parsed: ParsedSubmission
        public var expectedUnit: String?
        public var expectedYear: Int?

        /// A parsed file and the upload's own unit and year.
        public init(_ parsed: ParsedSubmission, expectedUnit: String?, expectedYear: Int?) {
            self.parsed = parsed
            self.expectedUnit = expectedUnit
            self.expectedYear = expectedYear
        }
    }

    /// Stores and checks one file. `expectedUnit` and `expectedYear` are the upload's own
    /// unit and year (command-line flags or the portal's form); the file's meta rows must agree.
    public func submit(fileName: String, data: [UInt8], expectedUnit: String?, expectedYear: Int?) throws -> Outcome {
        let fileName = ParsedSubmission.storable(fileName)
        let uploadId = try storeRaw([(fileName, data)])[0]
        let parsed = try ParsedSubmission(fileName: fileName, data: data)
        let pending = SubmissionBatch.Pending(
            upload: Upload(parsed, expectedUnit: expectedUnit, expectedYear: expectedYear), uploadId: uploadId)
        return try connection.transaction { try batch.store([pending]) }[0]
    }

    /// Stores and checks many files as one batch: their raw bytes in one transaction, then
    /// every file in one more (`SubmissionBatch`), each with its own outcome, in order. If
    /// that transaction fails on a database error, the files are stored one by one, so one
    /// file the database refuses cannot sink the others; such a file is rejected with a
    /// `database_refused` finding.
    public func submit(_ uploads: [Upload]) throws -> [Outcome] {
        try submit(uploads, order: BatchOrder())
    }

    /// `submit(_:)` in step with the batches around it (`BatchPipeline`): `order.start` before
    /// its raw uploads, `order.loaded` once its ids are drawn and its lines copied, and
    /// `order.turn` before its checks, which read what earlier batches committed.
    func submit(_ uploads: [Upload], order: BatchOrder) throws -> [Outcome] {
        guard !uploads.isEmpty else { return [] }
        // whatever happens, the next batch may draw its ids once this one is done with its own
        defer { order.loaded() }
        try order.start()
        let uploadIds = try storeRaw(uploads.map { ($0.parsed.fileName, $0.parsed.data) })
        let pending = zip(uploads, uploadIds).map { SubmissionBatch.Pending(upload: $0, uploadId: $1) }
        do {
            return try connection.transaction {
                let loaded = try batch.load(pending)
                order.loaded()
                try order.turn()
                return try batch.check(loaded)
            }
        } catch let error as PostgresError where error.kind == .server {
            order.loaded()
            try order.turn()
            guard pending.count > 1 else { return [try refuse(pending[0], error: error)] }
            logger.warning(
                "batch of \(pending.count) files failed; storing them one by one",
                metadata: ["sqlstate": "\(error.sqlState ?? "")"])
            return try pending.map(submitAlone)
        }
    }

    /// One file of a failed batch on its own; rejected when the database refuses it.
    private func submitAlone(_ file: SubmissionBatch.Pending) throws -> Outcome {
        do {
            return try connection.transaction { try batch.store([file]) }[0]
        } catch let error as PostgresError where error.kind == .server {
            return try refuse(file, error: error)
        }
    }

    private func refuse(_ file: SubmissionBatch.Pending, error: PostgresError) throws -> Outcome {
        logger.warning(
            "the database refused \(file.parsed.fileName)", metadata: ["sqlstate": "\(error.sqlState ?? "")"])
        return try connection.transaction { try batch.refuse(file, error: error) }
    }

    private var batch: SubmissionBatch {
        SubmissionBatch(connection: connection, rules: rules) { [connection, rules, stamp] in
            if stamp.value == nil { stamp.value = try RuleStamp.current(rules: rules, connection: connection) }
            return stamp.value!
        }
    }

    /// The raw bytes go in on their own, committed before anything is parsed, in one
    /// statement for all the files: one round trip, not one per file (measured on a busy
    /// machine: 1.1 s for 133 files one by one, of which 0.1 s in the server). The commit
    /// does not wait for its own disk flush: the submission's commit right after flushes
    /// the log up to and including it, and a rejected file commits too.
    private func storeRaw(_ files: [(name: String, data: [UInt8])]) throws -> [Int64] {
        try connection.transaction {
            try connection.execute("set local synchronous_commit = off")
            var ids: [Int64] = []
            // The bytes are bound once and read twice, so they cross the wire only once;
            // the ids are drawn in the files' order, so sorted they are the files' ids.
            let result = try connection.execute(
                RawUploadInsert.sql(files: files.count), RawUploadInsert.parameters(files))
            for row in result { ids.append(try row.decode(Int64.self, "id")) }
            return ids.sorted()
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

/// The COPY of parsed lines into `intake.line`.
enum LineCopy {
    static let copySQL = """
        copy intake.line (submission_id, line_no, section, item, kind, project, project_type,
                          func_code, econ_code, budget_initial, budget_final, actual, text)
        from stdin
        """

    /// A line's fields after its submission id, which is prefixed when the batch is sent.
    static func fields(line: SubmissionLine) -> [String?] {
        [
            String(line.line), line.section.rawValue, line.item, line.kind?.rawValue,
            line.project, line.projectType?.rawValue, line.funcCode, line.econCode,
            line.budgetInitial?.description, line.budgetFinal?.description, line.actual?.description, line.text,
        ]
    }
}

/// The insert of many raw uploads in one statement: two parameters a file, name and bytes.
enum RawUploadInsert {
    static func sql(files: Int) -> String {
        let rows = (0..<files).map { "($\($0 * 2 + 1)::text, $\($0 * 2 + 2)::bytea, \($0))" }
        return """
            insert into intake.upload (file_name, size_bytes, sha256, raw)
            select f.name, octet_length(f.raw), encode(sha256(f.raw), 'hex'), f.raw
            from (values \(rows.joined(separator: ", "))) as f(name, raw, n)
            order by f.n
            returning id
            """
    }

    static func parameters(_ files: [(name: String, data: [UInt8])]) -> [PostgresValue?] {
        files.flatMap { [$0.name.postgresValue, $0.data.postgresValue] }
    }
}

/// A value computed on first use and kept for the life of a store.
private final class StampCache {
    var value: String?
}

import Foundation
import Postgres

/// Intake's transaction for a batch of parsed files whose raw bytes are stored: one
/// statement per step for the whole batch — submissions, one COPY of every line, the meta
/// checks, the unit-year locks in a fixed order, versions, every rule once, statuses and
/// findings — and each file still gets exactly the outcome it would get alone.
///
/// A batch of one is the single-file path (the portal's upload). The caller holds the
/// transaction; `SubmissionStore.submit` does.
struct SubmissionBatch {
    let connection: Connection
    let rules: [Rule]
    let stamp: () throws -> String

    /// One file of the batch: its parse, upload and the unit and year the upload was for.
    struct Pending {
        var upload: SubmissionStore.Upload
        var uploadId: Int64
        var parsed: ParsedSubmission { upload.parsed }
    }

    /// A file's state between the steps.
    private struct Work {
        var submissionId: Int64
        var findings: [Finding]
        var unit: String?
        var version: Int?
        var omitted: Int
    }

    /// A batch whose submissions and lines are in, in its open transaction, not yet checked.
    struct Loaded {
        var batch: [Pending]
        var ids: [Int64]
    }

    /// Stores and checks every file; the outcomes in the files' order.
    func store(_ batch: [Pending]) throws -> [SubmissionStore.Outcome] {
        try check(try load(batch))
    }

    /// The first half of `store`, which no earlier batch can change: the submissions, untied
    /// to a unit yet, and one COPY of every line.
    func load(_ batch: [Pending]) throws -> Loaded {
        // JIT compiles each statement anew; for a batch's checks compiling costs more than
        // it saves (measured: 252 ms against 48 ms for the rules of a 10 000-line file).
        try connection.execute("set local jit = off")
        // A batch's rules sort tens of thousands of lines (duplicate_line's window): in the
        // default 4 MB that sort spills to disk (measured: 12 MB for 200 files × 360 lines).
        try connection.execute("set local work_mem = '64MB'")
        // A parallel worker repeats a rule's hash aggregate in full (a hash join's inner side
        // is built in every process): no faster for a batch, twice the CPU that parsing the
        // next batch needs (measured: 634-722 ms with two workers, 626-652 ms without).
        try connection.execute("set local max_parallel_workers_per_gather = 0")
        let ids = try createSubmissions(batch.map(\.uploadId))
        try copyLines(batch, ids: ids)
        return Loaded(batch: batch, ids: ids)
    }

    /// The second half of `store`: the meta checks, locks, versions and rules, which read
    /// what earlier batches committed; then statuses and findings.
    func check(_ loaded: Loaded) throws -> [SubmissionStore.Outcome] {
        let batch = loaded.batch
        var work = zip(batch, loaded.ids).map { file, id in
            Work(submissionId: id, findings: file.parsed.report.findings, omitted: file.parsed.report.omitted)
        }
        try checkMeta(batch, &work)
        try checkLocks(batch, &work)
        try assignVersions(batch, &work)
        try checkRules(batch, &work)
        for index in work.indices {
            var findings = work[index].findings
            findings.sort { ($0.line ?? 0, $0.code) < ($1.line ?? 0, $1.code) }
            work[index].findings = SubmissionStore.limited(
                findings, omitted: work[index].omitted, fileName: batch[index].parsed.fileName)
        }
        let statuses = work.map { SubmissionStatus(findings: $0.findings) }
        try finish(batch, work, statuses: statuses)
        let stored = try storeFindings(batch, work)
        return batch.indices.map { index in
            let file = batch[index].parsed
            return SubmissionStore.Outcome(
                fileName: file.fileName, uploadId: batch[index].uploadId, submissionId: work[index].submissionId,
                unitCode: work[index].unit, fiscalYear: file.report.fiscalYear, version: work[index].version,
                status: statuses[index], findings: stored[index], records: file.report.records)
        }
    }

    /// A file the database refused (its batch, then the file alone, failed on a database
    /// error): rejected, untied to a unit, with one `database_refused` finding.
    func refuse(_ file: Pending, error: PostgresError) throws -> SubmissionStore.Outcome {
        let id = try createSubmissions([file.uploadId])[0]
        let finding = Finding(
            .databaseRefused, file: file.parsed.fileName, line: nil, column: nil,
            args: ["sqlstate": .text(error.sqlState ?? "")])
        let work = [Work(submissionId: id, findings: [finding], omitted: 0)]
        try finish([file], work, statuses: [.rejected])
        let report = file.parsed.report
        return SubmissionStore.Outcome(
            fileName: file.parsed.fileName, uploadId: file.uploadId, submissionId: id, unitCode: nil,
            fiscalYear: report.fiscalYear, version: nil, status: .rejected,
            findings: try storeFindings([file], work)[0], records: report.records)
    }

    /// One submission per upload, their ids in the uploads' order.
    private func createSubmissions(_ uploadIds: [Int64]) throws -> [Int64] {
        var byUpload: [Int64: Int64] = [:]
        try connection.forEachRow(
            """
            insert into intake.submission (upload_id)
            select u from unnest(\(uploadIds)::bigint[]) with ordinality as t(u, n) order by n
            returning id, upload_id
            """
        ) { row in byUpload[try row.decode(Int64.self, "upload_id")] = try row.decode(Int64.self, "id") }
        return uploadIds.map { byUpload[$0]! }
    }

    /// Every file's lines through one COPY.
    private func copyLines(_ batch: [Pending], ids: [Int64]) throws {
        guard batch.contains(where: { !$0.parsed.rowEnds.isEmpty }) else { return }
        try connection.copyIn(LineCopy.copySQL) { writer in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(300 * 1024)
            for (file, id) in zip(batch, ids) {
                try file.parsed.write(submissionId: id, to: writer, buffer: &buffer)
            }
            if !buffer.isEmpty { try writer.writeRaw(buffer) }
        }
    }

    /// The file's unit and year against the upload's, and the unit against the registry
    /// (one query for the batch). A file whose meta is refused stays untied to a unit.
    private func checkMeta(_ batch: [Pending], _ work: inout [Work]) throws {
        let codes = Array(Set(batch.compactMap(\.parsed.report.unitCode)))
        var registered = Set<String>()
        if !codes.isEmpty {
            try connection.forEachRow("select code from registry.unit where code = any(\(codes)::text[])") { row in
                registered.insert(try row.decode(String.self, "code"))
            }
        }
        for (index, file) in batch.enumerated() {
            let report = file.parsed.report
            var findings: [Finding] = []
            func meta(_ message: IntakeMessage, _ args: FindingArgs) {
                findings.append(Finding(message, file: file.parsed.fileName, line: nil, column: "text", args: args))
            }
            if let unit = report.unitCode {
                if let expected = file.upload.expectedUnit, expected != unit {
                    meta(.metaUnitMismatch, ["expected": .text(expected), "found": .text(unit)])
                }
                if !registered.contains(unit) { meta(.metaUnregistered, ["found": .text(unit)]) }
            }
            if let year = report.fiscalYear, let expected = file.upload.expectedYear, expected != year {
                meta(.metaYearMismatch, ["expected": .number(Int64(expected)), "found": .number(Int64(year))])
            }
            work[index].findings += findings
            let refused = work[index].findings.contains { $0.code == "meta" }
            work[index].unit = refused ? nil : report.unitCode
        }
    }

    /// Takes the lock of every unit and year of the batch against concurrent intake and
    /// review — in the order of the lock keys, so two batches never wait on each other in a
    /// circle — then refuses the files whose unit and year the finance office has locked. A
    /// refused file stays untied to the unit, so it never becomes the newest version.
    private func checkLocks(_ batch: [Pending], _ work: inout [Work]) throws {
        let keys = batch.indices.compactMap { index -> UnitYear? in
            guard let unit = work[index].unit, let year = batch[index].parsed.report.fiscalYear else { return nil }
            return UnitYear(unit: unit, year: year)
        }
        guard !keys.isEmpty else { return }
        let distinct = Array(Set(keys))
        try UnitLock.serialize(distinct.map { ($0.unit, $0.year) }, connection: connection)
        let locks = try UnitLock.find(distinct.map { ($0.unit, $0.year) }, connection: connection)
        for index in work.indices {
            guard let unit = work[index].unit, let year = batch[index].parsed.report.fiscalYear,
                let lock = locks.first(where: { $0.unitCode == unit && $0.fiscalYear == year })
            else { continue }
            work[index].findings.append(
                Finding(
                    .locked, file: batch[index].parsed.fileName, line: nil, column: nil,
                    args: ["by": .text(lock.lockedBy), "on": .text(lock.lockedOn)]))
            work[index].unit = nil
        }
    }

    /// Ties each submission to its unit and year and gives it the next version number, in
    /// the files' order when one unit and year comes twice (under the locks just taken).
    private func assignVersions(_ batch: [Pending], _ work: inout [Work]) throws {
        let tied = work.indices.filter { work[$0].unit != nil && batch[$0].parsed.report.fiscalYear != nil }
        guard !tied.isEmpty else { return }
        let ids = tied.map { work[$0].submissionId }
        let units = tied.map { work[$0].unit! }
        let years = tied.map { batch[$0].parsed.report.fiscalYear! }
        var versions: [Int64: Int] = [:]
        try connection.forEachRow(
            """
            with v as (
                select id, unit, year, row_number() over (partition by unit, year order by n) as rank
                from unnest(\(ids)::bigint[], \(units)::text[], \(years)::int[]) with ordinality as t(id, unit, year, n)
            ),
            top as (
                select k.unit, k.year,
                       (select coalesce(max(s.version), 0) from intake.submission s
                        where s.unit_code = k.unit and s.fiscal_year = k.year) as version
                from (select distinct unit, year from v) k
            )
            update intake.submission s
            set unit_code = v.unit, fiscal_year = v.year, version = top.version + v.rank
            from v join top using (unit, year)
            where s.id = v.id
            returning s.id, s.version
            """
        ) { row in versions[try row.decode(Int64.self, "id")] = try row.decode(Int.self, "version") }
        for index in tied { work[index].version = versions[work[index].submissionId] }
    }

    /// Every rule once over the files without an error so far; at most
    /// `ParseReport.findingLimit` findings of each rule per file.
    private func checkRules(_ batch: [Pending], _ work: inout [Work]) throws {
        let checked = work.indices.filter { !work[$0].findings.contains { $0.severity == .error } }
        guard !checked.isEmpty else { return }
        let ids = checked.map { work[$0].submissionId }
        let runner = RuleRunner(connection: connection, rules: rules)
        try runner.markChecked(submissions: ids, stamp: try stamp())
        // Every rule finds the batch's lines by their submission, through the primary key. In
        // a bulk load the table has no statistics yet (autovacuum analyses it minutes later),
        // and the planner, taking the batch for most of the table, reads all of it in every
        // rule (measured: 1.93 s for the rules of 133 files among 900 000 unanalysed lines,
        // 0.19 s through the index; with statistics in place the two plans cost the same).
        try connection.execute("set local enable_seqscan = off")
        let (hits, omitted) = try runner.hits(submissions: ids, limit: ParseReport.findingLimit)
        try connection.execute("set local enable_seqscan = on")
        let position = Dictionary(uniqueKeysWithValues: checked.map { (work[$0].submissionId, $0) })
        for hit in hits {
            guard let index = position[hit.submissionId] else { continue }
            let file = batch[index].parsed
            work[index].findings.append(
                Finding(
                    code: hit.rule.id, severity: hit.rule.severity, file: file.fileName, line: hit.line,
                    column: hit.column, item: hit.item, args: hit.args,
                    cell: file.report.layout?.cell(line: hit.line, column: hit.column)))
        }
        for (id, count) in omitted { if let index = position[id] { work[index].omitted += count } }
    }

    /// Every submission's status, encoding, record count and sheet, in one statement.
    private func finish(_ batch: [Pending], _ work: [Work], statuses: [SubmissionStatus]) throws {
        let rows = batch.indices.map { index in
            let report = batch[index].parsed.report
            return SubmissionRow(
                id: work[index].submissionId, status: statuses[index].rawValue, encoding: report.encoding?.rawValue,
                records: report.records, sheet: report.layout?.sheet, cellColumns: report.layout?.lettersJSON)
        }
        try connection.execute(
            """
            update intake.submission s
            set status = r.status, encoding = r.encoding, records = r.records, sheet = r.sheet,
                cell_columns = r.cell_columns::jsonb
            from jsonb_to_recordset(\(PostgresJSON(try Self.json(rows))))
                as r(id bigint, status text, encoding text, records int, sheet text, cell_columns text)
            where s.id = r.id
            """)
    }

    /// Stores every file's findings in one statement and gives each its identity
    /// (`Finding.id`), unit and submission; the findings per file, in the files' order.
    private func storeFindings(_ batch: [Pending], _ work: [Work]) throws -> [[Finding]] {
        let rows = batch.indices.flatMap { index in
            work[index].findings.map {
                StoredFinding($0, uploadId: batch[index].uploadId, submissionId: work[index].submissionId)
            }
        }
        guard !rows.isEmpty else { return work.map { _ in [] } }
        try connection.execute(
            """
            insert into intake.finding
                (upload_id, submission_id, line_no, column_name, code, severity, item, args, cell)
            select (f->>'upload')::bigint, (f->>'submission')::bigint, (f->>'line')::int, f->>'column',
                   f->>'code', f->>'severity', f->'item', f->'args', f->>'cell'
            from jsonb_array_elements(\(PostgresJSON(try Self.json(rows)))) with ordinality as e(f, n)
            order by n
            """)
        // serial ids follow the insert's order, so the keys come back in the findings' order
        var keys: [Int64: [String]] = [:]
        try connection.forEachRow(
            """
            select submission_id, key from intake.finding
            where submission_id = any(\(work.map(\.submissionId))::bigint[]) order by id
            """
        ) { row in
            keys[try row.decode(Int64.self, "submission_id"), default: []].append(try row.decode(String.self, "key"))
        }
        return work.map { file in
            zip(file.findings, keys[file.submissionId] ?? []).map { finding, key in
                var stored = finding
                stored.id = key
                stored.unit = file.unit
                stored.submission = file.submissionId
                return stored
            }
        }
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}

/// A unit and a fiscal year: the key of versions and locks.
struct UnitYear: Hashable {
    var unit: String
    var year: Int
}

/// A submission's closing values as `SubmissionBatch.finish` reads them.
private struct SubmissionRow: Encodable {
    var id: Int64
    var status: String
    var encoding: String?
    var records: Int
    var sheet: String?
    var cellColumns: String?

    enum CodingKeys: String, CodingKey {
        case id, status, encoding, records, sheet
        case cellColumns = "cell_columns"
    }
}

/// A finding as the one-statement insert of `SubmissionBatch.storeFindings` reads it.
private struct StoredFinding: Encodable {
    var upload: Int64
    var submission: Int64
    var line: Int?
    var column: String?
    var code: String
    var severity: String
    var item: FindingArgs
    var args: FindingArgs
    var cell: String?

    init(_ finding: Finding, uploadId: Int64, submissionId: Int64) {
        upload = uploadId
        submission = submissionId
        line = finding.line
        column = finding.column
        code = finding.code
        severity = finding.severity.rawValue
        item = finding.item
        args = finding.args
        cell = finding.cell
    }
}

import Foundation
import HuizongCore
import Postgres
import Testing

/// Batch intake (`BatchIntake`, `huizong submit` of many files) gives every file exactly
/// what submitting the files one by one gives: outcome, version, findings and their keys.
@Suite("intake: a batch of files, each with its own meaning")
struct BatchIntakeTests {
    /// Files with faults of every kind, in an order where the faults meet in one batch.
    static func mixedFiles() throws -> [(name: String, csv: String)] {
        var warned = RuleSubmissionBuilder(unit: "401002", year: 2022)
        try warned.change(RuleRow.line(econ: "30101")) { $0.actual = "630000.00" }
        var badCell = RuleSubmissionBuilder(unit: "401003", year: 2022)
        try badCell.change(RuleRow.line(econ: "30101")) { $0.actual = "12a" }
        var badCode = RuleSubmissionBuilder(unit: "401003", year: 2022)
        try badCode.change(RuleRow.line(econ: "30101")) { $0.econCode = "30100" }
        var moved = RuleSubmissionBuilder(unit: "401003", year: 2023)
        try moved.change(RuleRow.item("income", "carryover")) { $0.actual = "90000.00" }
        return [
            ("accepted.csv", RuleSubmissionBuilder(unit: "401002", year: 2021).csv),
            ("warned.csv", warned.csv),
            ("bad-cell.csv", badCell.csv),
            ("locked.csv", RuleSubmissionBuilder(unit: "401004", year: 2022).csv),
            ("unregistered.csv", RuleSubmissionBuilder(unit: "409999", year: 2022).csv),
            ("bad-code.csv", badCode.csv),
            ("again.csv", RuleSubmissionBuilder(unit: "401002", year: 2022).csv),
            ("prior.csv", RuleSubmissionBuilder(unit: "401003", year: 2022).csv),
            // compares with prior.csv, which is in force only once it is stored
            ("moved.csv", moved.csv),
            ("twice.csv", RuleSubmissionBuilder(unit: "401002", year: 2022).csv),
            ("empty.csv", ""),
        ]
    }

    /// Department 401 with three units, 401004's 2022 approved and locked by the office.
    static func database() throws -> TestDatabase {
        let db = try RuleFixture.database(units: ["401002", "401003", "401004"])
        try AccountStore(connection: db.connection).add(
            name: "office401", role: .office, unit: "401", password: "password-o")
        let first = try db.submit(RuleSubmissionBuilder(unit: "401004", year: 2022).csv, fileName: "first.csv")
        try ReviewStore(connection: db.connection).approve(submission: first.submissionId, actor: "office401")
        return db
    }

    /// Writes the files into a fresh folder; their paths in order.
    static func write(_ files: [(name: String, csv: String)]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try files.map { file in
            let url = folder.appendingPathComponent(file.name)
            try Data(file.csv.utf8).write(to: url)
            return url.path
        }
    }

    /// Every file alone, through the single-file path.
    static func oneByOne(_ paths: [String], in db: TestDatabase) throws -> [SubmissionStore.Outcome] {
        let store = try db.store()
        return try paths.map { path in
            try store.submit(
                fileName: path, data: Array(try Data(contentsOf: URL(fileURLWithPath: path))), expectedUnit: nil,
                expectedYear: nil)
        }
    }

    /// The files through `BatchIntake`, in batches of at most `files` files; `overlapping`: on
    /// two connections, each batch copied while the one before it is checked.
    static func batched(
        _ paths: [String], in db: TestDatabase, files: Int, overlapping: Bool = false
    ) throws -> [SubmissionStore.Outcome] {
        var outcomes: [SubmissionStore.Outcome] = []
        let second = try Connection(conninfo: db.conninfo, logger: TestDatabase.logger)
        defer { second.close() }
        let ahead = SubmissionStore(
            connection: second, rules: try Rule.load(directory: "sql/rules", files: TestDatabase.files),
            logger: TestDatabase.logger)
        try BatchIntake(store: try db.store(), overlapping: overlapping ? ahead : nil, batchFiles: files).submit(
            files: paths, expectedUnit: nil, expectedYear: nil
        ) { outcomes.append($0) }
        return outcomes
    }

    /// What must be equal between the two paths, file by file.
    static func expectSame(
        _ batch: [SubmissionStore.Outcome], _ alone: [SubmissionStore.Outcome],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(batch.count == alone.count, sourceLocation: sourceLocation)
        for (b, a) in zip(batch, alone) {
            #expect(b.fileName == a.fileName, sourceLocation: sourceLocation)
            #expect(b.status == a.status, "\(a.fileName)", sourceLocation: sourceLocation)
            #expect(b.version == a.version, "\(a.fileName)", sourceLocation: sourceLocation)
            #expect(b.unitCode == a.unitCode, "\(a.fileName)", sourceLocation: sourceLocation)
            #expect(b.fiscalYear == a.fiscalYear, "\(a.fileName)", sourceLocation: sourceLocation)
            #expect(b.records == a.records, "\(a.fileName)", sourceLocation: sourceLocation)
            #expect(b.findings == a.findings, "\(a.fileName)", sourceLocation: sourceLocation)
        }
    }

    @Test("accepted, warned, rejected, locked, unregistered, repeated and dependent files: as one by one")
    func mixedBatch() throws {
        let paths = try Self.write(try Self.mixedFiles())
        let alone = try Self.oneByOne(paths, in: try Self.database())
        #expect(
            alone.map(\.status) == [
                .accepted, .acceptedWithWarnings, .rejected, .rejected, .rejected, .rejected, .accepted, .accepted,
                .acceptedWithWarnings, .accepted, .rejected,
            ])
        // a file rejected for its own content still takes its unit's next version
        #expect(alone.map(\.version) == [1, 1, 1, nil, nil, 2, 2, 3, 1, 3, nil])
        #expect(alone[8].findings.map(\.code) == ["prior_year_change"])
        #expect(alone[3].findings.map(\.code) == ["locked"])
        for (files, overlapping) in [(200, false), (3, false), (1, false), (3, true), (1, true)] {
            let db = try Self.database()
            Self.expectSame(try Self.batched(paths, in: db, files: files, overlapping: overlapping), alone)
            #expect(try db.scalar("select count(*) from intake.submission where status = 'received'") == "0")
            #expect(try db.scalar("select count(*) from intake.upload") == "\(paths.count + 1)")
        }
    }

    @Test("the finding cap holds per file in a batch; the files around it keep all of theirs")
    func findingCap() throws {
        var coded = RuleSubmissionBuilder(unit: "401002", year: 2022)
        // each line an unknown code (an error) and over its budget (a warning)
        for index in 0..<1_200 {
            coded.append(
                .basic(func: "2150508", econ: String(40_000 + index), initial: "0", final: "1.00", actual: "2.00"))
        }
        let files = [
            ("commas.csv", "section,item,actual\n" + String(repeating: ",,,,\n", count: 3_000)),
            ("coded.csv", coded.csv),
            ("warned.csv", try Self.mixedFiles()[1].csv),
        ]
        let paths = try Self.write(files)
        let alone = try Self.oneByOne(paths, in: try Self.database())
        let batch = try Self.batched(paths, in: try Self.database(), files: 200)
        Self.expectSame(batch, alone)
        #expect(batch[0].findings.count == ParseReport.findingLimit + 1)
        #expect(batch[1].findings.count == ParseReport.findingLimit + 1)
        #expect(batch[1].findings.last?.code == "too_many_findings")
        // two rules of 1 200 rows each, cut at 1 000 a rule (400 omitted), then the first
        // 1 000 of the 2 000 kept: 1 400 omitted
        #expect(batch[1].findings.last?.args["omitted"] == .number(1_400))
        #expect(batch[2].findings.map(\.code) == ["actual_over_budget"])
    }

    @Test(
        "a file the database refuses: earlier batches stay, its batch is redone file by file",
        arguments: [false, true])
    func refusedFile(overlapping: Bool) throws {
        var refused = RuleSubmissionBuilder(unit: "401003", year: 2022)
        let exploding = RuleSubmissionBuilder.Row.project(
            "EXPLODE", type: "special", func: "2150508", econ: "30299", initial: "0", final: "1.00", actual: "1.00")
        refused.append(exploding)
        let files = [
            ("one.csv", RuleSubmissionBuilder(unit: "401002", year: 2021).csv),
            ("two.csv", RuleSubmissionBuilder(unit: "401002", year: 2022).csv),
            ("three.csv", RuleSubmissionBuilder(unit: "401004", year: 2021).csv),
            ("refused.csv", refused.csv),
            ("four.csv", RuleSubmissionBuilder(unit: "401002", year: 2022).csv),
        ]
        let paths = try Self.write(files)
        let db = try Self.database()
        // A real database error, raised by the test's own database for one line of one file.
        try db.connection.executeScript(
            """
            create function intake.refuse_explode() returns trigger language plpgsql as $$
            begin
                if new.project = 'EXPLODE' then
                    raise exception 'no explosions' using errcode = 'check_violation';
                end if;
                return new;
            end $$;
            create trigger refuse_explode before insert on intake.line
                for each row execute function intake.refuse_explode();
            """)
        // batches: one | two (its unit's previous year is in force only after one) | three,
        // refused — which fails and is redone file by file | four
        let outcomes = try Self.batched(paths, in: db, files: 2, overlapping: overlapping)
        #expect(outcomes.map(\.status) == [.accepted, .accepted, .accepted, .rejected, .accepted])
        #expect(outcomes.map(\.version) == [1, 1, 1, nil, 2])
        #expect(outcomes[3].findings.map(\.code) == ["database_refused"])
        #expect(outcomes[3].findings.first?.args["sqlstate"] == .text("23514"))
        #expect(
            outcomes[3].findings.first?.description
                == "error: \(paths[3]): [database_refused] expected a file the database can store, "
                + "found refused by the database (SQLSTATE 23514)")
        // nothing half-stored: one submission per file, no line of the refused one
        #expect(try db.scalar("select count(*) from intake.submission") == "6")
        #expect(
            try db.scalar(
                "select count(*) from intake.line where submission_id = $1",
                [.text(String(outcomes[3].submissionId))]) == "0")
        #expect(try db.scalar("select count(*) from intake.upload where file_name = $1", [.text(paths[3])]) == "1")
    }
}

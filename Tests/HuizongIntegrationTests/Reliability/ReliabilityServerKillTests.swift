import Foundation
import Postgres
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` of the PostgreSQL postmaster, on a server of the test's own (`OwnCluster`),
/// while units upload and while a run consolidates; then the server is started again
/// (crash recovery) and what it kept is checked.
@Suite("reliability: kill -9 of the PostgreSQL server") struct ReliabilityServerKillTests {
    static let units = 10
    static let lines = 2000
    static let year = 2022
    static let node = "BENCH"
    static let runArguments = ["run", "--unit", node, "--year", String(year)]
    static let totalsArguments = [
        "export", "totals", "--unit", node, "--year", String(year), "--by", "econ", "--format", "json",
    ]

    @Test("killed during uploads: every upload answered accepted is there and whole, none half-accepted")
    func killDuringUploads() throws {
        let tree = try Self.generate(seed: 1)
        defer { Self.remove(tree) }
        let cluster = try OwnCluster()
        let database = try Self.prepare(cluster, tree: tree)
        let files = try Self.submissionFiles(tree)
        let watcher = try cluster.connect(database)

        // One `huizong submit` per file, started 100 ms apart; the kill comes once two have
        // been answered accepted while another is copying its lines in.
        var uploads: [HuizongProcess] = []
        var lastStart = Date.distantPast
        let started = Date()
        var copying = 0
        while true {
            if uploads.count < files.count, Date().timeIntervalSince(lastStart) >= 0.1 {
                uploads.append(try cluster.start(["submit", files[uploads.count]], database: database))
                lastStart = Date()
            }
            let answered = uploads.filter { !$0.isRunning && $0.process.terminationStatus == 0 }.count
            copying =
                Int(
                    try watcher.execute(
                        """
                        select count(*) as n from pg_stat_activity
                        where datname = current_database() and state = 'active' and query like 'copy intake.line%'
                        """
                    ).first?["n"] ?? "0") ?? 0
            if answered >= 2, copying >= 1 { break }
            let running = uploads.contains { $0.isRunning }
            try #require(running, "every upload ended before one was seen copying")
            try #require(Date().timeIntervalSince(started) < 60, "no moment with an answered and a running upload")
            usleep(2_000)
        }
        watcher.close()
        let killedAfter = Date().timeIntervalSince(started)
        let kill = try cluster.killPostmaster()

        // Every upload ends: accepted (exit 0) before the kill, or told the database failed (exit 5).
        var accepted: [String] = []
        var refused: [String] = []
        for (index, upload) in uploads.enumerated() {
            let (result, _) = try upload.wait(timeout: 30)
            if result.status == 0 {
                #expect(result.stdout.contains(": accepted ("), "\(result.stdout)")
                accepted.append(files[index])
            } else {
                #expect(result.status == 5, "\(files[index]): \(result.stdout)\(result.stderr)")
                let said = result.stderr.split(separator: "\n").contains { $0.hasPrefix("huizong: database: ") }
                #expect(said, "\(files[index]): \(result.stderr)")
                refused.append(files[index])
            }
        }
        let restartStarted = Date()
        try cluster.restart()
        let restartSeconds = Date().timeIntervalSince(restartStarted)
        let db = try cluster.connect(database)
        defer { db.close() }

        // Each upload answered accepted: in force, every line, the very bytes.
        for file in accepted {
            let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            let unit = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let rows = try db.execute(
                """
                select s.status, s.records,
                       (select count(*) from intake.line l where l.submission_id = s.id) as lines,
                       u.raw = \(data) as same_bytes,
                       u.sha256 = encode(sha256(\(data)), 'hex') as same_hash
                from intake.current_submission c
                join intake.submission s on s.id = c.id
                join intake.upload u on u.id = s.upload_id
                where c.unit_code = \(unit) and c.fiscal_year = \(Self.year)
                """)
            let row = try #require(rows.first, "\(unit) was answered accepted and is not in force after the restart")
            let expected = String(Self.recordsInFile(data))
            #expect(row["status"] == "accepted", "\(unit)")
            #expect(row["records"] == expected, "\(unit): records")
            #expect(row["lines"] == expected, "\(unit): lines stored")
            #expect(row["same_bytes"] == "t" && row["same_hash"] == "t", "\(unit): raw upload differs from the file")
        }

        // Nothing half-accepted: no submission short of its lines or left 'received'; every
        // raw upload still hashes to its recorded SHA-256.
        let halfDone = try #require(
            try db.execute(
                """
                select
                  (select count(*) from intake.submission
                   where status not in ('accepted', 'accepted_with_warnings')) as not_accepted,
                  (select count(*) from intake.submission s
                   where s.records is distinct from
                         (select count(*) from intake.line l where l.submission_id = s.id)) as short,
                  (select count(*) from intake.upload where sha256 <> encode(sha256(raw), 'hex')) as bad_hash,
                  (select count(*) from intake.submission) as submissions,
                  (select count(*) from intake.upload u
                   where not exists (select 1 from intake.submission s where s.upload_id = u.id)) as bare_uploads
                """
            ).first)
        // Every file is valid: a submission not accepted is one left 'received', half done.
        #expect(halfDone["not_accepted"] == "0", "submissions not accepted")
        #expect(halfDone["short"] == "0", "submissions whose lines are not all there")
        #expect(halfDone["bad_hash"] == "0", "raw uploads that no longer match their SHA-256")
        let submissions = Int(halfDone["submissions"] ?? "") ?? -1
        // A commit can land just before the kill with its answer lost: never fewer than answered.
        #expect(submissions >= accepted.count && submissions <= uploads.count, "\(submissions) submissions")

        // The server takes uploads again: the refused files go in now.
        if !refused.isEmpty {
            let again = try cluster.huizong(["submit"] + refused, database: database)
            #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        }
        print(
            String(
                format:
                    "kill during uploads: %d started, killed after %.2f s with %d copying; %d answered accepted, "
                    + "%d refused (exit 5), %d committed unanswered, ", uploads.count, killedAfter, copying,
                accepted.count, refused.count, submissions - accepted.count)
                + "\(halfDone["bare_uploads"] ?? "?") raw uploads without a submission; "
                + String(
                    format: "%d server processes outlived the postmaster by %.2f s; restart (recovery) %.2f s",
                    kill.children, kill.orphansLived, restartSeconds))
        #expect(!refused.isEmpty, "the kill must cut at least one upload for the test to prove anything")
    }

    @Test("killed during a run: nothing of it is published, the next run publishes the right totals")
    func killDuringRun() throws {
        let tree = try Self.generate(seed: 1)
        let changedTree = try Self.generate(seed: 2)
        defer { [tree, changedTree].forEach(Self.remove) }
        let changed = changedTree.appendingPathComponent("submissions/B000001.csv").path
        let cluster = try OwnCluster()
        let database = try Self.prepare(cluster, tree: tree)
        let files = try Self.submissionFiles(tree)
        // Two processes submit half each: intake is most of this test's time.
        let halves = [
            try cluster.start(["submit"] + files.prefix(files.count / 2), database: database),
            try cluster.start(["submit"] + files.dropFirst(files.count / 2), database: database),
        ]
        for half in halves {
            let (result, _) = try half.wait(timeout: 120)
            try #require(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
        let first = try cluster.huizong(Self.runArguments, database: database)
        try #require(first.stdout.hasPrefix("run 1 for BENCH 2022: consolidated, complete"), "\(first.stderr)")
        let oldFigures = try totals(cluster, database)

        // New input; its right totals come from an uncut run on a copy of the database.
        let resubmitted = try cluster.huizong(["submit", changed], database: database)
        try #require(resubmitted.status == 0, "\(resubmitted.stdout)\(resubmitted.stderr)")
        try cluster.createDatabase("control", template: database)
        let uncutStarted = Date()
        let uncut = try cluster.huizong(Self.runArguments, database: "control")
        let uncutSeconds = Date().timeIntervalSince(uncutStarted)
        try #require(uncut.status == 0, "\(uncut.stdout)\(uncut.stderr)")
        let newFigures = try totals(cluster, "control")
        try #require(newFigures != oldFigures, "re-submitting B000001 from another seed must change the totals")

        // Kill once the run executes a consolidation statement after the first: some of its
        // results are written (uncommitted), more are being written.
        let statements = try Self.consolidationStatements().dropFirst()
        let watcher = try cluster.connect(database)
        let run = try cluster.start(Self.runArguments, database: database)
        var statement: String?
        var killedId = ""
        while statement == nil {
            let executing = try watcher.execute(
                """
                select r.id, a.query from pipeline.run r join pg_stat_activity a on a.pid = r.backend_pid
                where r.status = 'running' and a.state = 'active'
                """
            ).first
            killedId = executing?["id"] ?? ""
            statement = executing?["query"].flatMap { query in statements.first { query.hasPrefix($0.text) }?.name }
            if statement == nil {
                try #require(run.isRunning, "the run ended before it was seen consolidating")
                try #require(Date().timeIntervalSince(run.started) < 60, "the run never reached consolidation")
                usleep(1_000)
            }
        }
        let runSecondsAtKill = Date().timeIntervalSince(run.started)
        watcher.close()
        let kill = try cluster.killPostmaster()
        let (killedRun, _) = try run.wait(timeout: 30)
        #expect(killedRun.status == 5, "the run lost its server mid-stage: \(killedRun.stdout)\(killedRun.stderr)")

        let restartStarted = Date()
        try cluster.restart()
        let restartSeconds = Date().timeIntervalSince(restartStarted)
        let db = try cluster.connect(database)
        defer { db.close() }
        #expect(try Self.currentRun(db) == "1", "the previous complete run stays current")
        let killedRunId = try #require(Int64(killedId))
        let left = try db.execute("select status from pipeline.run where id = \(killedRunId)").first
        #expect(left?["status"] == "running", "the killed run stays marked running until the next run")
        #expect(try Self.rowsOfRun(killedRunId, db) == [:], "the killed run left rows behind")
        #expect(try totals(cluster, database) == oldFigures, "exports show the previous run's figures")

        let rerunStarted = Date()
        let rerun = try cluster.huizong(Self.runArguments, database: database)
        let rerunSeconds = Date().timeIntervalSince(rerunStarted)
        // Run ids come from a sequence, which skips ahead after a crash.
        let rerunId = try #require(ScratchDatabase.runId(rerun.stdout), "\(rerun.stdout)\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("run \(rerunId) for BENCH 2022: consolidated, complete"))
        #expect(rerun.status == 0)
        #expect(rerunId > killedRunId)
        #expect(try Self.currentRun(db) == String(rerunId))
        let abandoned = try db.execute("select status, message from pipeline.run where id = \(killedRunId)").first
        #expect(abandoned?["status"] == "failed")
        #expect(abandoned?["message"]?.hasPrefix("abandoned:") == true, "\(abandoned?["message"] ?? "")")
        #expect(try totals(cluster, database) == newFigures, "the next run's totals are an uncut run's")
        print(
            String(
                format: "kill during a run: killed %.2f s into the run (an uncut one takes %.2f s) in ",
                runSecondsAtKill, uncutSeconds)
                + (statement ?? "?")
                + String(
                    format:
                        "; %d server processes outlived the postmaster by %.2f s; restart (recovery) %.2f s; next run %.2f s",
                    kill.children, kill.orphansLived, restartSeconds, rerunSeconds))
    }

    /// `huizong generate` of the test's department with `seed`.
    static func generate(seed: Int) throws -> URL {
        let out = try HuizongBinary.temporaryDirectory().appendingPathComponent("seed\(seed)")
        let generated = try HuizongBinary.run(
            [
                "generate", "--units", String(units), "--lines", String(lines), "--seed", String(seed),
                "--year", String(year), "--out", out.path,
            ], database: nil)
        try #require(generated.status == 0, "\(generated.stderr)")
        return out
    }

    /// Removes what `generate` made.
    static func remove(_ tree: URL) {
        try? FileManager.default.removeItem(at: tree.deletingLastPathComponent())
    }

    /// A migrated database with the tree registered; returns its name.
    static func prepare(_ cluster: OwnCluster, tree: URL) throws -> String {
        let database = "huizong"
        try cluster.createDatabase(database)
        let migrated = try cluster.huizong(["migrate"], database: database)
        try #require(migrated.status == 0, "\(migrated.stderr)")
        let imported = try cluster.huizong(
            ["unit", "import", tree.appendingPathComponent("units.csv").path], database: database)
        try #require(imported.status == 0, "\(imported.stderr)")
        return database
    }

    static func submissionFiles(_ tree: URL) throws -> [String] {
        let directory = tree.appendingPathComponent("submissions")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        try #require(files.count == units)
        return files.map { directory.appendingPathComponent($0).path }
    }

    /// Data records in a generated CSV: its non-empty lines but the header.
    static func recordsInFile(_ data: [UInt8]) -> Int {
        data.split(separator: UInt8(ascii: "\n")).filter { $0 != [UInt8(ascii: "\r")] }.count - 1
    }

    /// The shipped consolidation files in order, each with the start of its text (what
    /// pg_stat_activity shows while it executes).
    static func consolidationStatements() throws -> [(name: String, text: String)] {
        let directory = TestDatabase.files.root.appendingPathComponent("sql/consolidate")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
            .map { name in
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                return (name, String(text.prefix(200)))
            }
    }

    static func currentRun(_ db: Connection) throws -> String? {
        try db.execute(
            "select id from pipeline.current_run where node_code = \(node) and fiscal_year = \(year)"
        ).first?["id"]
    }

    /// Rows tagged with `run` in every table that has a `run_id` column, by table (only
    /// non-zero counts). The table names come from the catalogue, quoted by `format`.
    static func rowsOfRun(_ run: Int64, _ db: Connection) throws -> [String: Int] {
        let rows = try db.execute(
            """
            select c.table_schema || '.' || c.table_name as name,
                   (xpath('/row/n/text()', query_to_xml(
                       format('select count(*) as n from %I.%I where run_id = %s', c.table_schema, c.table_name, \(run)),
                       false, true, '')))[1]::text as n
            from information_schema.columns c
            join information_schema.tables t using (table_schema, table_name)
            where c.column_name = 'run_id' and t.table_type = 'BASE TABLE'
            """)
        #expect(rows.count >= 8, "tables with a run_id: \(rows.compactMap { $0["name"] })")
        var counts: [String: Int] = [:]
        for row in rows {
            if let name = row["name"], let n = Int(row["n"] ?? ""), n > 0 { counts[name] = n }
        }
        return counts
    }

    func totals(_ cluster: OwnCluster, _ database: String) throws -> String {
        let totals = try cluster.huizong(Self.totalsArguments, database: database)
        try #require(totals.status == 0, "export: \(totals.stderr)")
        return totals.stdout
    }
}

import Foundation
import HuizongCore
import Testing

/// Incremental consolidation (issue 15, item 2): a run recomputes the partial aggregates of
/// the submissions that changed only, and its results are byte for byte those of
/// `huizong run --full` of the same state, whatever changed in between.
@Suite("incremental runs") struct IncrementalRunTests {
    static let node = "BENCH"
    static let units = 9
    static let tables = [
        "spend_total", "unit_total", "special_project", "class_total", "class_lines", "item_total", "base_row",
    ]

    /// A generated department, submitted: three sets of files (seeds 1–3) give each unit
    /// other versions to send.
    struct Department {
        let db: TestDatabase
        let sets: [URL]

        init() throws {
            db = try TestDatabase()
            let directory = try HuizongBinary.temporaryDirectory()
            sets = (1...3).map { directory.appendingPathComponent("seed\($0)") }
            for (index, set) in sets.enumerated() {
                try succeed(
                    [
                        "generate", "--units", "\(IncrementalRunTests.units)", "--lines", "40", "--seed",
                        "\(index + 1)",
                        "--out", set.path,
                    ])
            }
            try succeed(["unit", "import", sets[0].appendingPathComponent("units.csv").path])
            try succeed(["submit"] + (0..<IncrementalRunTests.units).map { file(set: 0, unit: $0).path })
        }

        func file(set: Int, unit: Int) -> URL {
            sets[set].appendingPathComponent("submissions/\(SubmissionGenerator.unitCode(unit)).csv")
        }

        @discardableResult
        func succeed(_ arguments: [String]) throws -> String {
            let result = try HuizongBinary.run(arguments, database: db)
            try #require(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout
        }

        /// `huizong run` (with `--full` when asked), complete or not (a unit withdrawn leaves
        /// the node incomplete, exit 3); the new run's id.
        func run(full: Bool = false) throws -> Int {
            let result = try HuizongBinary.run(
                ["run", "--unit", node, "--year", "2022"] + (full ? ["--full"] : []), database: db)
            try #require([0, 3].contains(result.status), "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains(": consolidated, "))
            let id = result.stdout.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return try #require(id, "\(result.stdout)")
        }

        /// Every consolidated table of a run as text (rows sorted, run id left out), and the
        /// SHA-256 of each export the run's manifest recorded.
        func results(run: Int) throws -> [String: String] {
            var results: [String: String] = [:]
            for table in IncrementalRunTests.tables {
                results[table] = try db.scalar(
                    """
                    select coalesce(string_agg(r, E'\\n' order by r), '')
                    from (select (to_jsonb(t) - 'run_id')::text as r from consolidated.\(table) t where run_id = $1) x
                    """, [Int64(run).postgresValue])
            }
            results["exports"] = try db.scalar(
                "select string_agg(name || ' ' || sha256, E'\\n' order by name) from pipeline.run_export where run_id = $1",
                [Int64(run).postgresValue])
            return results
        }

        /// How many submissions' partials `run` computed.
        func computed(run: Int) throws -> Int {
            Int(try db.scalar("select count(*) from consolidated.unit_partial where run_id = \(run)") ?? "") ?? -1
        }

        /// The run whose class totals `run` carried forward, if any.
        func classBase(run: Int) throws -> Int? {
            Int(try db.scalar("select class_base from pipeline.run where id = \(run)") ?? "")
        }

        /// The facts the run checks read, of the submissions `run` checked, as text.
        func facts(run: Int) throws -> String {
            try db.scalar(
                """
                select coalesce(string_agg(r, E'\\n' order by r), '')
                from (select to_jsonb(f)::text as r from consolidated.submission_fact f
                      where submission_id in (select submission_id from pipeline.run_submission where run_id = $1)
                      union all
                      select to_jsonb(t)::text from consolidated.submission_transfer t
                      where submission_id in (select submission_id from pipeline.run_submission where run_id = $1)) x
                """, [Int64(run).postgresValue]) ?? ""
        }

        /// The run's findings as text, run id and row ids left out.
        func findings(run: Int) throws -> String {
            try db.scalar(
                """
                select coalesce(string_agg(r, E'\\n' order by r), '')
                from (select concat_ws(' ', code, severity, submission_id, line_no, column_name, item, args) as r
                      from pipeline.finding where run_id = $1) x
                """, [Int64(run).postgresValue]) ?? ""
        }

        /// How many submissions `run` consolidated.
        func inputs(run: Int) throws -> Int {
            Int(try db.scalar("select count(*) from pipeline.run_submission where run_id = \(run)") ?? "") ?? -1
        }

        /// The unit's newest version leaves force (as a withdrawal would do): its previous
        /// version, if any, is in force again.
        func withdrawNewest(unit: Int) throws {
            try db.connection.execute(
                """
                update intake.submission set status = 'rejected'
                where id = (select id from intake.current_submission
                            where unit_code = \(SubmissionGenerator.unitCode(unit)) and fiscal_year = 2022)
                """)
        }
    }

    @Test("after random changes, each incremental run equals a --full run of the same state, byte for byte")
    func incrementalEqualsFull() throws {
        let department = try Department()
        let first = try department.run()
        #expect(try department.computed(run: first) == Self.units)
        #expect(try department.classBase(run: first) == nil, "the first run sums every partial")
        let again = try department.run()
        #expect(try department.computed(run: again) == 0, "nothing changed: no partial recomputed")
        #expect(try department.classBase(run: again) == first)
        #expect(try department.results(run: again) == department.results(run: first))

        var random = SeededRandom(seed: 15)
        for round in 0..<6 {
            var expected = 0
            for _ in 0...random.next(below: 2) {
                let unit = random.next(below: Self.units)
                switch random.next(below: 4) {
                case 0:  // a new version
                    try department.succeed(["submit", department.file(set: 1 + random.next(below: 2), unit: unit).path])
                    expected += 1
                case 1:  // the newest version withdrawn: the previous one (or none) back in force
                    try department.withdrawNewest(unit: unit)
                    expected += 1
                case 2:  // a rejected version leaves the one in force alone
                    let bad = try HuizongBinary.temporaryDirectory().appendingPathComponent("bad.csv")
                    try Data("section,item\nmeta,unit_code\n".utf8).write(to: bad)
                    let result = try HuizongBinary.run(
                        ["submit", "--unit", SubmissionGenerator.unitCode(unit), "--year", "2022", bad.path],
                        database: department.db)
                    #expect(result.status != 0)
                default:  // the economic table loaded again: every partial's stamp is stale
                    try department.succeed(
                        [
                            "reference", "load", "--year", "2022", "--economic",
                            TestDatabase.files.url("sql/reference/economic-classification.csv").path,
                        ])
                    expected = Self.units * 10
                }
            }
            let incremental = try department.run()
            let computed = try department.computed(run: incremental)
            if expected < Self.units * 10 {
                #expect(computed <= expected, "round \(round): recomputed \(computed), changed \(expected)")
            } else {
                #expect(computed == (try department.inputs(run: incremental)), "round \(round): all recomputed")
            }
            if expected < Self.units * 10 {
                #expect(
                    try department.classBase(run: incremental) != nil, "round \(round): class totals carried forward")
            }
            let incrementalFacts = try department.facts(run: incremental)
            let full = try department.run(full: true)
            #expect(try department.classBase(run: full) == nil)
            let incrementalResults = try department.results(run: incremental)
            #expect(incrementalResults["spend_total"]?.isEmpty == false)
            #expect(incrementalResults["class_lines"]?.isEmpty == false)
            #expect(incrementalResults == (try department.results(run: full)), "round \(round)")
            #expect(incrementalFacts == (try department.facts(run: full)), "round \(round): facts as from the lines")
            #expect(try department.findings(run: incremental) == department.findings(run: full), "round \(round)")
        }
    }

    @Test("after most units sent a new version, the class totals are summed afresh, as a --full run")
    func mostUnitsChanged() throws {
        let department = try Department()
        let first = try department.run()
        try department.succeed(["submit"] + (0..<Self.units - 1).map { department.file(set: 1, unit: $0).path })
        let after = try department.run()
        #expect(try department.computed(run: after) == Self.units - 1)
        // 8 came and 8 went, against 9 in force: carrying forward would read more lines
        #expect(try department.classBase(run: after) == nil)
        let one = try department.run()
        try department.succeed(["submit", department.file(set: 2, unit: 0).path])
        let small = try department.run()
        #expect(try department.classBase(run: small) == one, "2 came and went, against 9: carried forward")
        let full = try department.run(full: true)
        #expect(try department.results(run: small) == department.results(run: full))
        #expect(try department.results(run: after) != department.results(run: first))
    }

    @Test("after the reference tables change, one run checks every submission and the next copies what it found")
    func checksKept() throws {
        let department = try Department()
        try department.succeed(["submit", try Self.overBudget(department.file(set: 0, unit: 0)).path])
        _ = try department.run()
        try department.succeed(
            [
                "reference", "load", "--year", "2022", "--economic",
                TestDatabase.files.url("sql/reference/economic-classification.csv").path,
            ])
        let checked = try department.run()
        let kept = try department.db.scalar(
            "select count(*) || ' ' || count(distinct stamp) from pipeline.submission_check")
        #expect(kept == "\(Self.units) 1", "every submission checked once, under one stamp")
        let found = try department.findings(run: checked)
        try #require(!found.isEmpty, "the generated files have findings to keep")
        let copied = try department.run()
        #expect(try department.findings(run: copied) == found)
        // what the next run reports is what was kept, not a second check: take one finding away
        try department.db.connection.execute(
            "delete from pipeline.checked_finding where ctid = (select min(ctid) from pipeline.checked_finding)")
        let fromKept = try department.run()
        #expect(try department.findings(run: fromKept) != found)
        // --full checks again and keeps it afresh
        let full = try department.run(full: true)
        #expect(try department.findings(run: full) == found)
        #expect(try department.findings(run: try department.run()) == found)
    }

    /// A copy of a generated file whose first expenditure line (outside the 三公 codes) spent
    /// 1.00 more than its final budget: one actual_over_budget warning.
    static func overBudget(_ file: URL) throws -> URL {
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(
            lines.firstIndex { line in
                let cells = line.components(separatedBy: ",")
                return cells[0] == "expenditure" && !["30212", "30217", "30231", "31013"].contains(cells[6])
            })
        var cells = lines[index].components(separatedBy: ",")
        let actual = try #require(Decimal(string: cells[9], locale: Locale(identifier: "en_US_POSIX")))
        cells[8] = "\(actual - 1)"
        lines[index] = cells.joined(separator: ",")
        let copy = try HuizongBinary.temporaryDirectory().appendingPathComponent(file.lastPathComponent)
        try Data(lines.joined(separator: "\n").utf8).write(to: copy)
        return copy
    }
}

import Foundation
import HuizongCore
import Testing

/// `huizong runs prune` and `retention: keep_runs:`: older runs lose their results, keep
/// their manifests and findings; the newest and the approved ones keep everything.
@Suite("retention of run results") struct RunPruneTests {
    static let tables = [
        "spend_total", "class_lines", "unit_total", "class_total", "item_total", "base_row", "special_project",
    ]

    /// The rows a run holds in every consolidated table.
    static func results(_ db: TestDatabase, run: Int) throws -> Int {
        try tables.reduce(0) { sum, table in
            sum + Int(try db.scalar("select count(*) from consolidated.\(table) where run_id = \(run)") ?? "0")!
        }
    }

    /// `huizong` with `arguments`, which must exit 0; its stdout.
    @discardableResult
    static func succeed(_ arguments: [String], _ db: TestDatabase, input: String? = nil) throws -> String {
        let result = try HuizongBinary.run(arguments, database: db, input: input)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    /// Every export `--run` can give of a run, as bytes.
    static func exports(_ db: TestDatabase, run: Int) throws -> [String: Data] {
        let directory = try HuizongBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String: Data] = [:]
        for (kind, extra) in [("base-data", [String]()), ("totals", ["--by", "econ"]), ("totals", ["--by", "unit"])] {
            for format in ["json", "csv", "md", "xlsx"] {
                let name = "\(kind)\(extra.last ?? "").\(format)"
                let file = directory.appendingPathComponent(name)
                try Self.succeed(
                    [
                        "export", kind, "--unit", "401", "--year", "2021", "--run", String(run), "--format", format,
                        "-o", file.path,
                    ] + extra, db)
                files[name] = try Data(contentsOf: file)
            }
        }
        return files
    }

    @Test("prune --keep 2: newest two and the approved run keep their results and exports; the rest keep manifests")
    func pruneKeepsNewestAndApproved() throws {
        let demo = try DemoRun()  // run 1: 2021, run 2: 2022
        let db = demo.database
        let run = ["run", "--unit", "401", "--year", "2021"]
        try Self.succeed(run, db)  // run 3
        try Self.succeed(["user", "add", "office401", "--role", "office", "--unit", "401"], db, input: "office-pass\n")
        // 401001's 2021 submission (id 1) has no warnings: the office approves what run 3 showed.
        try Self.succeed(["review", "approve", "--submission", "1", "--as", "office401"], db)
        for _ in 4...6 { try Self.succeed(run, db) }
        let before = try [5, 6].map { try Self.exports(db, run: $0) }
        let findingsBefore = try Self.succeed(["findings", "--unit", "401", "--year", "2021", "--run", "4"], db)
        let hashes = "select string_agg(name || sha256, ',' order by name) from pipeline.run_export where run_id = 4"
        let hashesBefore = try db.scalar(hashes)

        let pruned = try Self.succeed(["runs", "prune", "--unit", "401", "--year", "2021", "--keep", "2"], db)
        #expect(
            pruned == """
                pruned the results of 2 run(s) of 401 2021: run 4, run 1
                kept the newest 2: run 6, run 5
                kept 1 approved: run 3

                """)
        for gone in [1, 4] { #expect(try Self.results(db, run: gone) == 0) }
        for kept in [2, 3, 5, 6] { #expect(try Self.results(db, run: kept) > 0) }
        #expect(try [5, 6].map { try Self.exports(db, run: $0) } == before)
        // The pruned runs still explain themselves: listing, manifest, findings, export hashes.
        let listing = try Self.succeed(["runs", "--unit", "401", "--year", "2021"], db)
        let lines = listing.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("run 6  ") && lines[0].contains("  succeeded, complete, current  "))
        #expect(lines[2].hasPrefix("run 4  ") && lines[2].contains("  succeeded, complete, results pruned  "))
        #expect(lines[2].wholeMatch(of: /.* manifest [0-9a-f]{64}/) != nil)
        #expect(lines[1].contains("  succeeded, complete  ") && lines[3].contains("  succeeded, complete  "))
        #expect(try Self.succeed(["findings", "--unit", "401", "--year", "2021", "--run", "4"], db) == findingsBefore)
        #expect(try db.scalar(hashes) == hashesBefore)
        #expect(try db.scalar("select count(*) from pipeline.run_export where run_id = 4") == "18")
        let detail = try #require(try RunDetail.load(id: 4, connection: db.connection))
        #expect(detail.prunedAt != nil && detail.manifest != nil && detail.stages.count == 4)
        // A pruned run cannot be re-exported; the current one still exports.
        let refused = try HuizongBinary.run(
            ["export", "base-data", "--unit", "401", "--year", "2021", "--run", "4", "--format", "json"], database: db)
        #expect(refused.status == 2)
        #expect(
            refused.stderr
                == "huizong: run 4 of 401 for 2021 was pruned: its results are gone, its manifest and export hashes "
                + "remain (huizong runs)\n")
        // Again: nothing more to prune.
        #expect(
            try Self.succeed(["runs", "prune", "--unit", "401", "--year", "2021", "--keep", "2"], db) == """
                pruned the results of 0 run(s) of 401 2021
                kept the newest 2: run 6, run 5
                kept 1 approved: run 3
                pruned before: 2: run 4, run 1

                """)
    }

    @Test("--keep 0 and below are refused, as are unknown units", arguments: ["0", "-1"])
    func keepTooSmall(keep: String) throws {
        let demo = try DemoRun()
        let result = try HuizongBinary.run(
            ["runs", "prune", "--unit", "401", "--year", "2022", "--keep=\(keep)"], database: demo.database)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "huizong: --keep must be at least 1 (the current run always keeps its results), found \(keep)\n")
        #expect(try Self.results(demo.database, run: 2) > 0)
        let unknown = try HuizongBinary.run(
            ["runs", "prune", "--unit", "NOPE", "--year", "2022", "--keep", "1"], database: demo.database)
        #expect(unknown.status == 2 && unknown.stderr == "huizong: unknown unit NOPE\n")
    }

    @Test("retention: keep_runs: 1 in the pipeline prunes after each succeeded run; keep_runs: 0 is refused")
    func pipelineRetention() throws {
        let demo = try DemoRun()
        let db = demo.database
        let directory = try HuizongBinary.temporaryDirectory()
        let shipped = try String(contentsOf: TestDatabase.files.url("pipelines/nightly.yaml"), encoding: .utf8)
        #expect(shipped.contains("retention:\n  keep_runs: 10\n"))
        let pipeline = directory.appendingPathComponent("keep1.yaml")
        try shipped.replacingOccurrences(of: "keep_runs: 10", with: "keep_runs: 1").write(
            to: pipeline, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            try Self.succeed(["run", "--unit", "401", "--year", "2022", "--pipeline", pipeline.path], db)
        }
        #expect(try Self.results(db, run: 2) == 0 && Self.results(db, run: 3) == 0)
        #expect(try Self.results(db, run: 4) > 0 && Self.results(db, run: 1) > 0)
        #expect(
            try db.scalar("select string_agg(id::text, ',' order by id) from pipeline.run where pruned_at is not null")
                == "2,3")
        let zero = directory.appendingPathComponent("keep0.yaml")
        try shipped.replacingOccurrences(of: "keep_runs: 10", with: "keep_runs: 0").write(
            to: zero, atomically: true, encoding: .utf8)
        let refused = try HuizongBinary.run(
            ["run", "--unit", "401", "--year", "2022", "--pipeline", zero.path], database: db)
        #expect(refused.status == 2)
        #expect(
            refused.stderr
                == "huizong: --keep must be at least 1 (the current run always keeps its results), found 0\n")
    }
}

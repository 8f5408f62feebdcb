import Foundation
import HuizongCore
import Testing

/// Every run can be explained afterwards: its inputs, rules and exports (the manifest), its
/// stage timings, its findings; and re-exported exactly as it was.
@Suite("runs, manifests and findings") struct RunLedgerTests {
    @Test("a rerun on unchanged inputs gives byte-identical exports and the same manifest hash")
    func reproducible() throws {
        let demo = try DemoRun()
        let db = demo.database
        let rerun = try HuizongBinary.run(["run", "--unit", "401", "--year", "2022"], database: db)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("run 3 for 401 2022: consolidated, complete"))
        #expect(
            try db.scalar("select count(distinct manifest_sha256) from pipeline.run where fiscal_year = 2022") == "1")
        #expect(try db.scalar("select count(*) from pipeline.run where manifest_sha256 ~ '^[0-9a-f]{64}$'") == "3")
        #expect(try db.scalar("select count(*) from pipeline.run_export where run_id = 3") == "18")
        let differing = try db.scalar(
            """
            select count(*) from pipeline.run_export a join pipeline.run_export b using (name)
            where a.run_id = 2 and b.run_id = 3 and a.sha256 <> b.sha256
            """)
        #expect(differing == "0")
        // The stored hash is the hash of what `export` writes, and an old run re-exports as it was.
        let directory = try HuizongBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("old.json")
        let old = try HuizongBinary.run(
            ["export", "base-data", "--unit", "401", "--year", "2022", "--run", "2", "-o", file.path], database: db)
        #expect(old.status == 0, "\(old.stderr)")
        let written = try db.scalar(
            "select encode(sha256($1), 'hex')", [.bytes(Array(try Data(contentsOf: file)))])
        #expect(
            written
                == (try db.scalar("select sha256 from pipeline.run_export where run_id = 2 and name = 'base-data.json'"))
        )
        #expect(
            try Data(contentsOf: file) == (try Data(contentsOf: demo.out.appendingPathComponent("base-data-2022.json")))
        )
    }

    @Test("huizong runs lists status, stage timings and the manifest hash, newest first")
    func runsListing() throws {
        let demo = try DemoRun()
        let runs = try HuizongBinary.run(["runs", "--unit", "401", "--year", "2022"], database: demo.database)
        #expect(runs.status == 0, "\(runs.stderr)")
        let lines = runs.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.hasPrefix("run 2  "))
        #expect(line.contains("  succeeded, complete, current  0 error(s), 7 warning(s)  [validate "))
        #expect(line.contains(" s, consolidate "))
        #expect(line.wholeMatch(of: /.* manifest [0-9a-f]{64}/) != nil)
        let unknown = try HuizongBinary.run(["runs", "--unit", "NOPE", "--year", "2022"], database: demo.database)
        #expect(unknown.status == 2)
    }

    @Test("a killed run is listed running, then abandoned once the next run starts; status shows the newest run")
    func abandonedRun() throws {
        let demo = try DemoRun()
        let db = demo.database
        // What a run killed before it finished leaves: a row still marked running.
        try db.connection.execute(
            "insert into pipeline.run (node_code, fiscal_year, pipeline_name) values ('401', 2022, 'nightly')")
        let running = try HuizongBinary.run(["runs", "--unit", "401", "--year", "2022"], database: db)
        let lines = running.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(
            lines.first?.hasPrefix("run 3  ") == true
                && lines.first?.hasSuffix("  running  0 error(s), 0 warning(s)") == true)
        #expect(lines.last?.contains("  succeeded, complete, current  ") == true)
        let status = try HuizongBinary.run(["status", "--unit", "401", "--year", "2022"], database: db)
        let newest = try #require(status.stdout.split(separator: "\n").last.map(String.init))
        #expect(
            newest.wholeMatch(
                of: /newest run 3 \(started \d{4}-\d\d-\d\d \d\d:\d\d\): running, 0 error\(s\), 0 warning\(s\)/
            )
                != nil, "\(status.stdout)")
        #expect(try HuizongBinary.run(["run", "--unit", "401", "--year", "2022"], database: db).status == 0)
        let after = try HuizongBinary.run(["runs", "--unit", "401", "--year", "2022"], database: db)
        let listed = after.stdout.split(separator: "\n").map(String.init)
        #expect(
            listed.first?.contains("  succeeded, complete, current  ") == true
                && listed.first?.hasPrefix("run 4  ") == true)
        #expect(listed.dropFirst().first?.hasSuffix("  abandoned  0 error(s), 0 warning(s)") == true)
        let abandoned = try #require(try RunDetail.load(id: 3, connection: db.connection))
        #expect(abandoned.outcome == .abandoned && abandoned.exitCode == 1 && abandoned.status == "failed")
        let latest = try #require(try RunLedger.newest(node: "401", year: 2022, connection: db.connection))
        #expect(latest.id == 4 && latest.outcome == .complete && latest.manifest?.count == 64)
        #expect(latest.stages.map(\.name) == ["validate", "facts", "cross-check", "consolidate"])
        #expect(latest.findings.isEmpty)
        let loaded = try #require(try RunDetail.load(id: 4, connection: db.connection))
        #expect(loaded.findings.count == 7 && loaded.explanations.count == 7 && loaded.moreFindings == 0)
    }

    @Test("huizong findings prints a run's findings grouped by unit and rule, with lines and figures")
    func findingsByUnitAndRule() throws {
        let demo = try DemoRun()
        let findings = try HuizongBinary.run(["findings", "--unit", "401", "--year", "2022"], database: demo.database)
        #expect(findings.status == 0, "\(findings.stderr)")
        let lines = findings.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "run 2 for 401 2022")
        #expect(lines.dropFirst().first == "401001 prior_year_change (warning)")
        #expect(
            lines.contains(
                "  warning: samples/reference-department/401001-2022.csv:15: column actual: [prior_year_change] expected income/carryover within half of last year's 38500.00, found 60000.00"
            ))
        #expect(lines.filter { $0.hasSuffix("prior_year_change (warning)") }.count == 4)
        let older = try HuizongBinary.run(
            ["findings", "--unit", "401", "--year", "2021", "--run", "1"], database: demo.database)
        #expect(older.stdout == "run 1 for 401 2021\nno findings\n")
    }
}

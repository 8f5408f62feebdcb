import Foundation
import HuizongCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The portal in real headless Chromium, as its users meet it: `huizong serve` on the
/// reference department, driven by `Tests/browser/portal_cycle.py` (Selenium) through a
/// whole year — the accountant of 401001 uploads; the office's approval is refused while
/// the file's two warnings have no 审核说明; the accountant explains them, uploads again and
/// confirms the explanations version 2 offers; the office accepts one, rejects the other
/// with a comment, approves, runs the consolidation, reads the base-data table and its
/// five charts (bars counted against the report's JSON, each chart screenshotted),
/// downloads it, follows its 公用经费 to the units and one unit's lines behind it
/// (each adding up), then opens the report from the run page and checks the reference
/// report's text there (the 0.01 note, the 98 % warning marked), and opens the HTML report
/// in the browser and follows its 公用经费 link to that figure's page. Chromium, its driver and
/// the venv come from `make browser-deps` (run by `make test`); without them the test
/// fails, it does not skip. Screenshots stay in `.build/portal-screenshots/`.
@Suite("portal in a browser") struct PortalBrowserTests {
    static let root = TestDatabase.files.root
    static let python = root.appendingPathComponent(".build/browser-venv/bin/python").path
    static let script = root.appendingPathComponent("Tests/browser/portal_cycle.py").path
    static let artifacts = root.appendingPathComponent(".build/portal-screenshots").path
    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    static let accountant = (name: "a401001", password: "browser-accountant-pw")
    static let office = (name: "office401", password: "browser-office-pw")

    @Test(
        "a year's cycle in Chromium: upload, explanations, decisions, approve, run, base-data table, downloads",
        .timeLimit(.minutes(5)))
    func yearCycle() throws {
        for tool in [Self.python, Self.chromium, Self.chromedriver] {
            try #require(
                FileManager.default.isExecutableFile(atPath: tool),
                "\(tool) is missing: run `make browser-deps` (or `make test`, which runs it)")
        }
        let db = try TestDatabase()
        try loadReferenceDepartment(db)
        for (account, role, unit) in [(Self.accountant, "accountant", "401001"), (Self.office, "office", "401")] {
            let added = try HuizongBinary.run(
                ["user", "add", account.name, "--role", role, "--unit", unit, "--database", db.conninfo],
                database: db, input: account.password + "\n")
            try #require(added.status == 0, "user add \(account.name): \(added.stdout)\(added.stderr)")
        }

        let server = try PortalServer(database: db)
        let cycle = try runCycle(base: server.base)
        #expect(
            cycle.status == 0,
            "portal_cycle.py exited \(cycle.status); screenshots in \(Self.artifacts)\n\(cycle.output)\nserver log:\n\(log(server))"
        )
        let stopped = server.stop(within: 10)
        #expect(
            stopped == 0,
            "huizong serve after SIGTERM: \(stopped.map { "exit \($0)" } ?? "still running after 10 s")\n\(log(server))"
        )
    }

    /// The reference department with every shipped file except 401001's 2022 one, which the
    /// accountant uploads in the browser; 2021 consolidated, so that 2022 has its prior year.
    private func loadReferenceDepartment(_ db: TestDatabase) throws {
        try db.register(
            root: ReferenceDepartment.node,
            units: ReferenceDepartment.units.map { (code: $0.code, name: $0.name, parent: nil) })
        for year in ReferenceDepartment.years {
            for unit in ReferenceDepartment.units where !(unit.code == "401001" && year == 2022) {
                let name = "samples/reference-department/\(unit.code)-\(year).csv"
                let outcome = try db.submit(
                    String(contentsOf: TestDatabase.files.url(name), encoding: .utf8), fileName: name, unit: unit.code,
                    year: year)
                try #require(outcome.status != .rejected, "\(name): \(outcome.findings)")
            }
        }
        let prior = try db.run(node: ReferenceDepartment.node.code, year: 2021)
        try #require(prior.complete, "the 2021 run is incomplete")
    }

    /// Runs the Python side with the venv's interpreter; its stdout and stderr together, also
    /// kept beside the screenshots.
    private func runCycle(base: String) throws -> (status: Int32, output: String) {
        try FileManager.default.createDirectory(atPath: Self.artifacts, withIntermediateDirectories: true)
        let log = URL(fileURLWithPath: Self.artifacts).appendingPathComponent("portal_cycle.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [
            Self.script, "--base", base, "--artifacts", Self.artifacts,
            "--accountant", Self.accountant.name, "--accountant-password", Self.accountant.password,
            "--office", Self.office.name, "--office-password", Self.office.password,
            "--file", TestDatabase.files.url("samples/reference-department/401001-2022.csv").path,
            "--unit", "401001", "--node", "401", "--year", "2022", "--expect-figure", "3708.44",
            "--report-text",
            TestDatabase.files.url("samples/reference-department/2022-self-evaluation-report.txt").path,
            "--chromium", Self.chromium, "--chromedriver", Self.chromedriver,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // The script has its own time-outs; this is the last resort.
        let deadline = Date().addingTimeInterval(240)
        while process.isRunning, Date() < deadline { usleep(100_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return (-1, "killed after 240 s\n" + ((try? String(contentsOf: log, encoding: .utf8)) ?? ""))
        }
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    private func log(_ server: PortalServer) -> String { (try? server.log()) ?? "(no log)" }
}

extension PortalServer {
    /// Sends SIGTERM; the exit status, or nil when the server still runs after `seconds`
    /// (then it is killed).
    fileprivate func stop(within seconds: TimeInterval) -> Int32? {
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }
}

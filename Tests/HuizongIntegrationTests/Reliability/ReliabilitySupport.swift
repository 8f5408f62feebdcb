import Foundation
import Postgres
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The department the reliability tests run: `huizong generate --units 20 --lines 2000`
/// (40 000 expenditure lines, a run of 1–2 s on a 2-core machine in a debug
/// build), registered, submitted and run once in a template database that every test
/// clones (submitting 40 000 lines takes seconds; a clone a fraction of one).
///
/// Two inputs: seed 1 for every unit (the OLD figures, current in the template), and the
/// same tree with unit B000001 re-submitted from seed 2 (the NEW figures).
struct ReliabilityDepartment: Sendable {
    static let node = "BENCH"
    static let year = 2022
    static let changedUnit = "B000001"
    static let units = 20
    static let lines = 2000

    /// `huizong generate` with seed 1 and seed 2 (the same tree, other amounts).
    let seed1: URL
    let seed2: URL
    /// The database every test clones: seed 1 submitted and run once (run 1).
    let template: String
    /// `export totals --by econ --format json` of the seed-1 input, and with B000001 from seed 2.
    let oldFigures: String
    let newFigures: String
    /// Wall time of an uncut `huizong run` of the new input (in a scratch clone).
    let newRunSeconds: Double

    /// Built once per test process; the template is dropped when the process exits.
    static let shared: Result<ReliabilityDepartment, any Error> = Result { try ReliabilityDepartment() }

    static func get() throws -> ReliabilityDepartment { try shared.get() }

    /// The changed unit's submission file of `seed` 1 or 2.
    func file(seed: Int) -> String {
        (seed == 1 ? seed1 : seed2).appendingPathComponent("submissions/\(Self.changedUnit).csv").path
    }

    private init() throws {
        let directory = try HuizongBinary.temporaryDirectory()
        let seed1 = directory.appendingPathComponent("seed1")
        let seed2 = directory.appendingPathComponent("seed2")
        self.seed1 = seed1
        self.seed2 = seed2
        for (seed, out) in [(1, seed1), (2, seed2)] {
            let generated = try HuizongBinary.run(
                [
                    "generate", "--units", String(Self.units), "--lines", String(Self.lines), "--seed", String(seed),
                    "--year", String(Self.year), "--out", out.path,
                ], database: nil)
            try #require(generated.status == 0, "\(generated.stderr)")
        }
        template = try ScratchDatabase.create()
        ReliabilityDepartment.registerForDrop(template)
        let conninfo = ScratchDatabase.conninfo(template)
        func huizong(_ arguments: [String]) throws -> HuizongBinary.Result {
            try HuizongBinary.run(arguments, database: nil, environment: ["DATABASE_URL": conninfo])
        }
        let migrated = try huizong(["migrate"])
        try #require(migrated.status == 0, "\(migrated.stderr)")
        let imported = try huizong(["unit", "import", seed1.appendingPathComponent("units.csv").path])
        try #require(imported.status == 0, "\(imported.stderr)")
        let files = try FileManager.default.contentsOfDirectory(
            atPath: seed1.appendingPathComponent("submissions").path
        )
        .sorted().map { seed1.appendingPathComponent("submissions/\($0)").path }
        try #require(files.count == Self.units)
        let submitted = try huizong(["submit"] + files)
        try #require(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        let run = try huizong(Self.runArguments)
        try #require(run.status == 0, "\(run.stdout)\(run.stderr)")
        try #require(run.stdout.hasPrefix("run 1 for BENCH 2022: consolidated, complete"), "\(run.stdout)")
        let totals = try huizong(Self.totalsArguments)
        try #require(totals.status == 0, "\(totals.stderr)")
        oldFigures = totals.stdout

        // The new figures, and how long an uncut run of the new input takes.
        let scratch = try ScratchDatabase(template: template)
        let resubmitted = try scratch.huizong(["submit", seed2.appendingPathComponent("submissions/B000001.csv").path])
        try #require(resubmitted.status == 0, "\(resubmitted.stdout)\(resubmitted.stderr)")
        let started = Date()
        let newRun = try scratch.huizong(Self.runArguments)
        newRunSeconds = Date().timeIntervalSince(started)
        try #require(newRun.status == 0, "\(newRun.stdout)\(newRun.stderr)")
        newFigures = try scratch.totals()
        try #require(newFigures != oldFigures, "re-submitting B000001 from another seed must change the totals")
    }

    static let runArguments = ["run", "--unit", node, "--year", String(year)]
    static let totalsArguments = [
        "export", "totals", "--unit", node, "--year", String(year), "--by", "econ", "--format", "json",
    ]

    nonisolated(unsafe) private static var templateToDrop: String?

    private static func registerForDrop(_ name: String) {
        templateToDrop = name
        atexit {
            guard let name = ReliabilityDepartment.templateToDrop,
                let admin = try? Connection(conninfo: "", logger: TestDatabase.logger)
            else { return }
            _ = try? admin.execute("drop database if exists \(unsafeRaw: name) with (force)")
            admin.close()
        }
    }
}

/// A database of a test's own on the test server, cloned from a template (or empty), dropped
/// when the test is done.
final class ScratchDatabase {
    let name: String
    let conninfo: String
    /// The test's own connection (the only one besides the binaries it starts).
    let connection: Connection

    init(template: String) throws {
        name = try Self.create(template: template)
        conninfo = Self.conninfo(name)
        connection = try Connection(conninfo: conninfo, logger: TestDatabase.logger)
    }

    deinit {
        connection.close()
        if let admin = try? Connection(conninfo: "", logger: TestDatabase.logger) {
            _ = try? admin.execute("drop database if exists \(unsafeRaw: name) with (force)")
            admin.close()
        }
    }

    /// Creates a database (from `template` when given) and returns its name.
    static func create(template: String? = nil) throws -> String {
        _ = try #require(
            ProcessInfo.processInfo.environment["PGHOST"],
            "PGHOST is not set: run the suite with `make test`, which starts PostgreSQL")
        let name = "hz_rel_" + String(UInt64.random(in: .min ... .max), radix: 36)
        let admin = try Connection(conninfo: "", logger: TestDatabase.logger)
        defer { admin.close() }
        try admin.execute("create database \(name)" + (template.map { " template \($0)" } ?? ""), [])
        return name
    }

    /// libpq keyword string for database `name` on the test server (as TestDatabase builds it).
    static func conninfo(_ name: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        var parts = ["host='\(environment["PGHOST"] ?? "")'", "dbname=\(name)"]
        if let user = environment["PGUSER"] { parts.append("user=\(user)") }
        if let port = environment["PGPORT"] { parts.append("port=\(port)") }
        return parts.joined(separator: " ")
    }

    func scalar(_ sql: String, _ parameters: [PostgresValue?] = []) throws -> String? {
        try connection.execute(sql, parameters).first?[0]
    }

    /// Runs `huizong` against this database and waits for it.
    func huizong(_ arguments: [String]) throws -> HuizongBinary.Result {
        try HuizongBinary.run(arguments, database: nil, environment: ["DATABASE_URL": conninfo])
    }

    /// Starts `huizong` against this database without waiting.
    func start(_ arguments: [String]) throws -> HuizongProcess {
        try HuizongProcess(arguments, conninfo: conninfo)
    }

    /// The current export of totals by econ (JSON), as the string `huizong export` prints.
    func totals() throws -> String {
        let totals = try huizong(ReliabilityDepartment.totalsArguments)
        try #require(totals.status == 0, "export: \(totals.stderr)")
        return totals.stdout
    }

    /// Connections to this database other than the test's own: a `huizong` still running,
    /// or the server backend of a killed one still finishing its statement.
    func otherBackends() throws -> Int {
        Int(
            try scalar(
                """
                select count(*) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
                """)
                ?? "0") ?? 0
    }

    /// Waits until no other backend is connected (a killed client's backend ends once it
    /// notices the client is gone, at the latest when its statement ends); returns the wait.
    @discardableResult
    func waitForOtherBackends(timeout: Double = 30) throws -> Double {
        let started = Date()
        while try otherBackends() > 0 {
            try #require(Date().timeIntervalSince(started) < timeout, "a backend is still connected after \(timeout) s")
            usleep(10_000)
        }
        return Date().timeIntervalSince(started)
    }

    /// The id in "run N for …" at the start of `huizong run`'s output.
    static func runId(_ stdout: String) -> Int? {
        stdout.firstMatch(of: #/^run (\d+) for /#).flatMap { Int($0.1) }
    }
}

/// A `huizong` process started without waiting: to kill it, or to run beside another.
final class HuizongProcess {
    let process = Process()
    let started: Date
    private let scratch: URL

    init(_ arguments: [String], conninfo: String) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: HuizongBinary.path),
            "no huizong binary at \(HuizongBinary.path): build first")
        scratch = try HuizongBinary.temporaryDirectory()
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = conninfo
        process.executableURL = URL(fileURLWithPath: HuizongBinary.path)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        started = Date()
    }

    deinit {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: scratch)
    }

    var isRunning: Bool { process.isRunning }

    /// `kill -9`, unless it has already ended.
    func kill() {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the end: what it printed, its exit status, and whether SIGKILL ended it.
    /// After `timeout` seconds (if given) a process still running is recorded as an issue
    /// and killed.
    func wait(timeout: Double? = nil) throws -> (result: HuizongBinary.Result, killed: Bool) {
        if let timeout {
            while process.isRunning && Date().timeIntervalSince(started) < timeout { usleep(5_000) }
            if process.isRunning {
                Issue.record("huizong \(process.arguments ?? []) still runs after \(timeout) s")
                kill()
            }
        }
        process.waitUntilExit()
        let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
        return (
            HuizongBinary.Result(
                status: process.terminationStatus,
                stdout: try String(contentsOf: scratch.appendingPathComponent("stdout"), encoding: .utf8),
                stderr: try String(contentsOf: scratch.appendingPathComponent("stderr"), encoding: .utf8)),
            killed
        )
    }
}

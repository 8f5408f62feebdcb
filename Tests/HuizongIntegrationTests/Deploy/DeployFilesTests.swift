import Foundation
import Postgres
import Testing

/// deploy/: the systemd units pass `systemd-analyze verify`, the scripts parse, the install
/// script is idempotent, and the nightly wrapper logs one structured line per event and
/// exits as deploy/README.md says (3, incomplete, is soft; any other failure wins).
@Suite("deploy files") struct DeployFilesTests {
    static let deploy = TestDatabase.files.root.appendingPathComponent("deploy")
    static let wrapper = deploy.appendingPathComponent("huizong-nightly")

    /// Runs a program (not huizong) with `environment` on top of this process's.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], removing: [String] = []
    ) throws -> HuizongBinary.Result {
        try HuizongBinary.run(
            arguments, database: nil, environment: environment, removing: removing, executable: executable)
    }

    /// The `event=NAME` lines of the wrapper's stdout, as key/value dictionaries (logfmt).
    static func events(_ stdout: String, _ name: String) -> [[String: String]] {
        stdout.split(separator: "\n").map { logfmt(String($0)) }.filter { $0["event"] == name }
    }

    static func logfmt(_ line: String) -> [String: String] {
        var fields: [String: String] = [:]
        var rest = Substring(line)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = String(rest[..<equals])
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                while let character = rest.first, character != "\"" {
                    rest = rest.dropFirst()
                    if character == "\\", let next = rest.first {
                        value.append(next)
                        rest = rest.dropFirst()
                    } else {
                        value.append(character)
                    }
                }
                rest = rest.dropFirst()
            } else {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                value = String(rest[..<end])
                rest = rest[end...]
            }
            fields[key] = value
        }
        return fields
    }

    /// `systemd-analyze`, which Debian's `systemd` package provides; never skipped.
    static func systemdAnalyze() throws -> String {
        let candidates =
            ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/systemd-analyze" }
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
            "systemd-analyze is not installed: it comes with Debian's `systemd` package (apt-get install -y systemd)")
    }

    @Test("systemd-analyze verify passes on the service and the timer")
    func verifyUnits() throws {
        let tool = try Self.systemdAnalyze()
        let directory = try HuizongBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The wrapper where the copied service expects it, so verify checks it exists.
        let wrapper = directory.appendingPathComponent("huizong-nightly")
        try FileManager.default.copyItem(at: Self.wrapper, to: wrapper)
        let service = try String(
            contentsOf: Self.deploy.appendingPathComponent("huizong-nightly.service"), encoding: .utf8)
        #expect(service.contains("ExecStart=/usr/local/lib/huizong/huizong-nightly\n"))
        try service.replacingOccurrences(
            of: "ExecStart=/usr/local/lib/huizong/huizong-nightly", with: "ExecStart=\(wrapper.path)"
        ).write(to: directory.appendingPathComponent("huizong-nightly.service"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Self.deploy.appendingPathComponent("huizong-nightly.timer"),
            to: directory.appendingPathComponent("huizong-nightly.timer"))

        let units = ["huizong-nightly.service", "huizong-nightly.timer"].map {
            directory.appendingPathComponent($0).path
        }
        let result = try Self.run(tool, ["verify", "--man=no"] + units)
        let output = result.stdout + result.stderr
        #expect(result.status == 0, "systemd-analyze verify: \(output)")
        let complaints = output.split(separator: "\n").filter { $0.contains("huizong") }
        #expect(complaints.isEmpty, "systemd-analyze verify: \(complaints.joined(separator: "\n"))")

        // A broken copy is caught: the check above is not vacuous.
        try service.replacingOccurrences(of: "ExecStart=/usr/local/lib/huizong/", with: "ExecStart=/nonexistent/")
            .write(to: directory.appendingPathComponent("huizong-nightly.service"), atomically: true, encoding: .utf8)
        let broken = try Self.run(tool, ["verify", "--man=no", units[0]])
        #expect(broken.status != 0)
        #expect((broken.stdout + broken.stderr).contains("huizong-nightly.service"))
    }

    @Test("systemd-analyze verify passes on the portal's service, which runs huizong serve")
    func verifyPortalUnit() throws {
        let tool = try Self.systemdAnalyze()
        let directory = try HuizongBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let service = try String(
            contentsOf: Self.deploy.appendingPathComponent("huizong-portal.service"), encoding: .utf8)
        #expect(service.contains("ExecStart=/usr/local/bin/huizong serve $HUIZONG_PORTAL_OPTIONS\n"))
        #expect(service.contains("KillSignal=SIGTERM\n"))
        let unit = directory.appendingPathComponent("huizong-portal.service")
        try service.replacingOccurrences(
            of: "ExecStart=/usr/local/bin/huizong", with: "ExecStart=\(HuizongBinary.path)"
        )
        .write(to: unit, atomically: true, encoding: .utf8)
        let result = try Self.run(tool, ["verify", "--man=no", unit.path])
        let complaints = (result.stdout + result.stderr).split(separator: "\n").filter { $0.contains("huizong") }
        #expect(result.status == 0, "systemd-analyze verify: \(result.stdout)\(result.stderr)")
        #expect(complaints.isEmpty, "systemd-analyze verify: \(complaints.joined(separator: "\n"))")
    }

    @Test("the scripts parse (bash -n), and the wrapper is executable")
    func scriptsParse() throws {
        for script in ["huizong-nightly", "install.sh"] {
            let path = Self.deploy.appendingPathComponent(script).path
            let result = try Self.run("/bin/bash", ["-n", path])
            #expect(result.status == 0, "bash -n \(script): \(result.stderr)")
            #expect(FileManager.default.isExecutableFile(atPath: path), "\(script) is not executable")
        }
    }

    @Test("install.sh into a DESTDIR twice: files in place, the env file never overwritten")
    func installIdempotent() throws {
        let root = try HuizongBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let script = Self.deploy.appendingPathComponent("install.sh").path
        let first = try Self.run("/bin/bash", [script], environment: ["DESTDIR": root.path], removing: ["PREFIX"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let env = root.appendingPathComponent("etc/huizong/huizong.env")
        let example = try String(contentsOf: Self.deploy.appendingPathComponent("huizong.env.example"), encoding: .utf8)
        #expect(try String(contentsOf: env, encoding: .utf8) == example)
        try "DATABASE_URL=\"dbname=office\"\nHUIZONG_NODES=\"401\"\n".write(to: env, atomically: true, encoding: .utf8)
        let second = try Self.run("/bin/bash", [script], environment: ["DESTDIR": root.path], removing: ["PREFIX"])
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(
            try String(contentsOf: env, encoding: .utf8) == "DATABASE_URL=\"dbname=office\"\nHUIZONG_NODES=\"401\"\n")
        for path in [
            "usr/local/lib/huizong/huizong-nightly", "etc/systemd/system/huizong-nightly.service",
            "etc/systemd/system/huizong-nightly.timer", "etc/systemd/system/huizong-portal.service",
        ] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(path)")
        }
        #expect(
            FileManager.default.isExecutableFile(
                atPath: root.appendingPathComponent("usr/local/lib/huizong/huizong-nightly").path))
    }

    @Test("every node is tried; the first hard failure decides the exit, else 3 for incomplete, else 0")
    func wrapperExitPolicy() throws {
        // A stand-in huizong: A complete, B incomplete, C errors found, anything else database down.
        let bin = try HuizongBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: bin) }
        let stub = bin.appendingPathComponent("huizong")
        try """
        #!/bin/bash
        [[ $1 == run && $2 == --unit && $4 == --year ]] || exit 64
        case $3 in
        A) echo "run 11 for A $5: consolidated, complete"; exit 0 ;;
        B) echo "run 12 for B $5: consolidated, INCOMPLETE: no submission in force for B2"; exit 3 ;;
        C) echo "run 13 for C $5: 1 error(s), results not published"; echo '  error: c.csv:8: column actual: "x"'; exit 1 ;;
        *) echo "huizong: database: connection refused" >&2; exit 5 ;;
        esac

        """.write(to: stub, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        func nightly(_ nodes: String, _ year: String) throws -> HuizongBinary.Result {
            try Self.run(
                Self.wrapper.path, [],
                environment: [
                    "PATH": path, "DATABASE_URL": "dbname=unused", "HUIZONG_NODES": nodes, "HUIZONG_YEAR": year,
                ])
        }

        let complete = try nightly("A", "2022")
        #expect(complete.status == 0, "\(complete.stdout)")
        #expect(
            Self.events(complete.stdout, "run.end") == [
                [
                    "event": "run.end", "node": "A", "year": "2022", "run": "11", "exit": "0", "status": "complete",
                    "seconds": Self.events(complete.stdout, "run.end").first?["seconds"] ?? "?",
                    "summary": "consolidated, complete",
                ]
            ])

        let soft = try nightly("A,B", "2021 2022")
        #expect(soft.status == 3, "\(soft.stdout)")
        #expect(
            Self.events(soft.stdout, "run.end").map { "\($0["node"]!)/\($0["year"]!):\($0["exit"]!)" } == [
                "A/2021:0", "A/2022:0", "B/2021:3", "B/2022:3",
            ])
        #expect(Self.events(soft.stdout, "nightly.end").first?["incomplete"] == "B/2021 B/2022")

        let hard = try nightly("B Z C A", "2022")
        #expect(hard.status == 5, "the first hard failure (Z: database) decides: \(hard.stdout)")
        let ends = Self.events(hard.stdout, "run.end")
        #expect(ends.map { $0["node"]! } == ["B", "Z", "C", "A"], "every node is tried")
        #expect(ends.map { $0["status"]! } == ["incomplete", "database", "errors", "complete"])
        #expect(ends[1]["run"] == "none")
        #expect(Self.events(hard.stdout, "run.stderr").first?["text"] == "huizong: database: connection refused")
        #expect(Self.events(hard.stdout, "run.finding").first?["text"] == "error: c.csv:8: column actual: \"x\"")
        #expect(Self.events(hard.stdout, "run.finding").first?["run"] == "13")
        #expect(Self.events(hard.stdout, "nightly.end").first?["failed"] == "Z/2022 C/2022")

        // Empty HUIZONG_YEAR: the year whose annual submissions are being collected.
        let lastYear = Calendar.current.component(.year, from: Date()) - 1
        let byDefault = try nightly("A", "")
        #expect(Self.events(byDefault.stdout, "run.end").first?["year"] == String(lastYear))

        let unconfigured = try nightly(" ", "")
        #expect(unconfigured.status == 2)
        #expect(Self.events(unconfigured.stdout, "config.error").count == 1)
    }

    @Test("the wrapper against a real database: run ids logged, 0 for a complete node, 3 with a unit missing")
    func wrapperAgainstDatabase() throws {
        let db = try TestDatabase()
        try CommandLineTests.department(db)  // D: U1, U2
        try db.register(root: ("E", "另一局"), units: [(code: "E1", name: "一科", parent: nil)])
        try db.submit(CommandLineTests.smallUnit)
        try db.submit(CommandLineTests.smallUnit.replacingOccurrences(of: ",U1\n", with: ",E1\n"))
        let bin = URL(fileURLWithPath: HuizongBinary.path).deletingLastPathComponent().path
        let backups = try HuizongBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: backups) }
        func nightly(_ nodes: String) throws -> HuizongBinary.Result {
            try Self.run(
                Self.wrapper.path, [],
                environment: [
                    "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                    "DATABASE_URL": db.conninfo, "HUIZONG_NODES": nodes, "HUIZONG_YEAR": "2022",
                    "HUIZONG_BACKUP_DIR": backups.path, "HUIZONG_BACKUP_KEEP": "1",
                ])
        }

        let complete = try nightly("E")
        #expect(complete.status == 0, "\(complete.stdout)\(complete.stderr)")
        let runE = try #require(Self.events(complete.stdout, "run.end").first)
        #expect(runE["node"] == "E" && runE["year"] == "2022" && runE["exit"] == "0" && runE["status"] == "complete")
        let idE = try #require(runE["run"])
        #expect(
            try db.scalar(
                "select node_code || ' ' || fiscal_year || ' ' || status from pipeline.run where id = $1", [.text(idE)])
                == "E 2022 succeeded")
        #expect(complete.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("event=") })

        let partly = try nightly("D E")
        #expect(partly.status == 3, "incomplete is soft: \(partly.stdout)\(partly.stderr)")
        let ends = Self.events(partly.stdout, "run.end")
        #expect(ends.map { $0["node"]! } == ["D", "E"])
        #expect(ends.map { $0["exit"]! } == ["3", "0"])
        #expect(ends[0]["summary"] == "consolidated, INCOMPLETE: no submission in force for U2")
        let idD = try #require(ends[0]["run"])
        #expect(
            try db.scalar("select node_code || ' ' || complete from pipeline.run where id = $1", [.text(idD)])
                == "D false")
        #expect(Self.events(partly.stdout, "run.start").count == 2)
        #expect(Self.events(partly.stdout, "nightly.end").first?["exit"] == "3")
        // A backup after each night's runs; HUIZONG_BACKUP_KEEP=1 leaves the newest only.
        let first = try #require(Self.events(complete.stdout, "backup.end").first)
        let second = try #require(Self.events(partly.stdout, "backup.end").first)
        #expect(first["exit"] == "0" && second["exit"] == "0", "\(partly.stdout)")
        #expect(
            Self.events(partly.stdout, "backup.removed").map { $0["file"] } == [
                first["file"].map { URL(fileURLWithPath: $0).lastPathComponent }
            ])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: backups.path) == [
                URL(fileURLWithPath: second["file"]!).lastPathComponent
            ])
        #expect(Self.events(partly.stdout, "nightly.end").first?["backup"] == "0")
    }
}

import Foundation
import Testing

/// The command line as a user meets it: output, findings and exit codes (spec/cli.md).
@Suite("command line") struct CommandLineTests {
    static let smallUnit = """
        section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text
        meta,unit_code,,,,,,,,,U1
        meta,fiscal_year,,,,,,,,,2022
        staffing,authorized,,,,,,,,5,
        staffing,in_service,,,,,,,,5,
        income,appropriation,,,,,,,,1000.50,
        balance,year_end,,,,,,,,0,
        expenditure,,basic,,,2150501,30101,900,900.50,900.50,
        expenditure,,project,调研经费,operations,2150502,30201,0,100.00,100.00,

        """

    static func file(_ text: String, name: String = "u1.csv") throws -> URL {
        let url = try HuizongBinary.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func department(_ db: TestDatabase) throws {
        for arguments in [
            ["unit", "add", "D", "--name", "某局"], ["unit", "add", "U1", "--name", "一处", "--parent", "D"],
            ["unit", "add", "U2", "--name", "二处", "--parent", "D"],
        ] {
            let result = try HuizongBinary.run(arguments, database: db)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    @Test("unit add and list: a tree of any depth; duplicates and unknown parents are usage errors")
    func unitTree() throws {
        let db = try TestDatabase()
        try Self.department(db)
        #expect(
            try HuizongBinary.run(["unit", "add", "U1a", "--name", "一处一科", "--parent", "U1"], database: db).status == 0)
        let list = try HuizongBinary.run(["unit", "list"], database: db)
        #expect(list.stdout == "D  某局\n  U1  一处\n    U1a  一处一科\n  U2  二处\n")
        let under = try HuizongBinary.run(["unit", "list", "--under", "U1"], database: db)
        #expect(under.stdout == "U1  一处\n  U1a  一处一科\n")
        let again = try HuizongBinary.run(["unit", "add", "U1", "--name", "x", "--parent", "D"], database: db)
        #expect(again.status == 2)
        #expect(again.stderr == "huizong: unit U1 already exists (一处)\n")
        let orphan = try HuizongBinary.run(["unit", "add", "X", "--name", "x", "--parent", "NOPE"], database: db)
        #expect(orphan.status == 2)
        #expect(orphan.stderr == "huizong: unknown parent unit NOPE: register it first\n")
    }

    @Test("submit prints accepted, version and nothing else for a clean file; exit 0")
    func submitAccepted() throws {
        let db = try TestDatabase()
        try Self.department(db)
        let file = try Self.file(Self.smallUnit)
        let result = try HuizongBinary.run(["submit", file.path, "--unit", "U1", "--year", "2022"], database: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(file.path): accepted (U1, 2022, version 1)\n")
        #expect(result.stderr.isEmpty, "no progress line when stderr is not a terminal")
    }

    @Test("on a terminal, submit shows files done, rows per second and time left on stderr")
    func submitProgressOnTerminal() throws {
        let db = try TestDatabase()
        try Self.department(db)
        let first = try Self.file(Self.smallUnit)
        let second = try Self.file(Self.smallUnit.replacingOccurrences(of: ",U1\n", with: ",U2\n"), name: "u2.csv")
        // `script` gives the command a pseudo-terminal, as a person at a terminal would have.
        let command = "\(HuizongBinary.path) submit \(first.path) \(second.path)"
        let result = try HuizongBinary.run(
            ["-qc", command, "/dev/null"], database: db, executable: "/usr/bin/script")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\r1/2 files, 8 rows, "))
        #expect(result.stdout.contains("\r2/2 files, 16 rows, "))
        #expect(result.stdout.contains("\r\u{1B}[2K\(second.path): accepted (U2, 2022, version 1)"))
    }

    @Test("a malformed file is refused with file, line, column, expected and found; exit 1")
    func submitMalformed() throws {
        let db = try TestDatabase()
        try Self.department(db)
        let bad = Self.smallUnit.replacingOccurrences(of: "900.50,900.50,", with: "900.505,900.50,")
        let file = try Self.file(bad)
        let result = try HuizongBinary.run(["submit", file.path], database: db)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                \(file.path): rejected (U1, 2022, version 1)
                  error: \(file.path):8: column budget_final: [amount] expected a yuan amount with at most two decimals, e.g. 1234.56, found 900.505

                """)
        #expect(try db.scalar("select count(*) from intake.current_submission") == "0")
        // Nothing is lost: the raw bytes are kept even for a rejected file.
        #expect(try db.scalar("select sha256 = encode(sha256(raw), 'hex') from intake.upload") == "t")
    }

    @Test("meta must agree with the flags, and name a registered unit")
    func submitMetaMismatch() throws {
        let db = try TestDatabase()
        try Self.department(db)
        let file = try Self.file(Self.smallUnit)
        let wrongUnit = try HuizongBinary.run(["submit", file.path, "--unit", "U2"], database: db)
        #expect(wrongUnit.status == 1)
        #expect(wrongUnit.stdout.contains("[meta] expected unit_code U2 (the upload's unit), found U1"))
        let stranger = try Self.file(Self.smallUnit.replacingOccurrences(of: ",U1\n", with: ",ZZ\n"))
        let unknown = try HuizongBinary.run(["submit", stranger.path], database: db)
        #expect(unknown.status == 1)
        #expect(unknown.stdout.contains("[meta] expected a registered unit code, found ZZ"))
    }

    @Test("usage errors exit 2 (in Chinese with HUIZONG_LANG=zh); an unreachable database exits 5")
    func exitCodes() throws {
        let db = try TestDatabase()
        let missing = try HuizongBinary.run(["submit", "/nonexistent/file.csv"], database: db)
        #expect(missing.status == 2)
        #expect(missing.stderr == "huizong: cannot read /nonexistent/file.csv\n")
        let unknownUnit = try HuizongBinary.run(["run", "--unit", "NOPE", "--year", "2022"], database: db)
        #expect(unknownUnit.status == 2)
        #expect(unknownUnit.stderr == "huizong: unknown unit NOPE\n")
        let inChinese = try HuizongBinary.run(
            ["run", "--unit", "NOPE", "--year", "2022"], database: db, environment: ["HUIZONG_LANG": "zh_CN.UTF-8"])
        #expect(inChinese.status == 2)
        #expect(inChinese.stderr == "huizong: 未登记的单位 NOPE。\n")
        let badFlag = try HuizongBinary.run(["run", "--frobnicate"], database: db)
        #expect(badFlag.status == 64 || badFlag.status == 2)
        let down = try HuizongBinary.run(
            ["unit", "list", "--database", "host=/nonexistent-socket-dir dbname=x"], database: nil)
        #expect(down.status == 5)
        #expect(down.stderr.hasPrefix("huizong: database: "))
        let noRun = try HuizongBinary.run(
            ["export", "base-data", "--unit", "NOPE", "--year", "2022"], database: db)
        #expect(noRun.status == 2)
    }

    @Test("submit refuses a device before sending anything, and takes a directory's files in name order")
    func submitPaths() throws {
        let db = try TestDatabase()
        let device = try HuizongBinary.run(["submit", "/dev/zero"], database: db)
        #expect(device.status == 2)
        #expect(device.stderr == "huizong: /dev/zero is not a regular file\n")
        let directory = try HuizongBinary.temporaryDirectory()
        for name in ["b.csv", "a.CSV", "notes.txt"] {
            try "section,item,actual\nbogus,,1\n".write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try HuizongBinary.run(["submit", directory.path], database: db)
        #expect(result.status == 1)
        let files = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(
            files == ["\(directory.path)/a.CSV: rejected (upload 1)", "\(directory.path)/b.csv: rejected (upload 2)"])
    }

    @Test("a run with a unit missing is incomplete: exit 3, and every export says so")
    func incompleteRun() throws {
        let db = try TestDatabase()
        try Self.department(db)
        let file = try Self.file(Self.smallUnit)
        #expect(try HuizongBinary.run(["submit", file.path], database: db).status == 0)
        let status = try HuizongBinary.run(["status", "--unit", "D", "--year", "2022"], database: db)
        #expect(
            status.stdout == """
                U1  一处  accepted (version 1)
                U2  二处  missing
                1 of 2 units have a submission in force for 2022

                """)
        let run = try HuizongBinary.run(["run", "--unit", "D", "--year", "2022"], database: db)
        #expect(run.status == 3)
        #expect(run.stdout.contains("consolidated, INCOMPLETE: no submission in force for U2"))
        let export = try HuizongBinary.run(
            ["export", "base-data", "--unit", "D", "--year", "2022", "--format", "json"], database: db)
        let table = try JSONFile.object(export.stdout)
        #expect(table["complete"] as? Bool == false)
        #expect(table["missing_units"] as? [String] == ["U2"])
        let csv = try HuizongBinary.temporaryDirectory().appendingPathComponent("units.csv")
        let totals = try HuizongBinary.run(
            ["export", "totals", "--unit", "D", "--year", "2022", "--by", "unit", "--format", "csv", "-o", csv.path],
            database: db)
        #expect(totals.status == 0)
        #expect(
            try String(decoding: Data(contentsOf: csv), as: UTF8.self)
                == ("\u{FEFF}单位代码,单位名称,级次,基本支出（万元）,项目支出（万元）,合计（万元）\r\n"
                    + "U1,一处,1,0.09,0.01,0.10\r\n汇总不完整，缺少单位：U2\r\n"))
    }

    @Test("export writes to -o; json, csv and md agree; csv starts with a BOM")
    func exportFormats() throws {
        let db = try TestDatabase()
        try Self.department(db)
        #expect(try HuizongBinary.run(["submit", try Self.file(Self.smallUnit).path], database: db).status == 0)
        _ = try HuizongBinary.run(["run", "--unit", "D", "--year", "2022"], database: db)
        let directory = try HuizongBinary.temporaryDirectory()
        for format in ["json", "csv", "md"] {
            let path = directory.appendingPathComponent("t.\(format)").path
            let result = try HuizongBinary.run(
                ["export", "totals", "--unit", "D", "--year", "2022", "--by", "econ", "--format", format, "-o", path],
                database: db)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let json = try JSONFile.rows(JSONFile.object(directory.appendingPathComponent("t.json")), by: "code")
        #expect(json["30101"]?["basic_yuan"] as? String == "900.50")
        #expect(json["301"]?["total"] as? String == "0.09")
        let csv = try Data(contentsOf: directory.appendingPathComponent("t.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let md = try String(contentsOf: directory.appendingPathComponent("t.md"), encoding: .utf8)
        #expect(md.contains("| 30201 | 　办公费 | 2 | 0.00 | 0.01 | 0.01 |"))
    }

    @Test("a second run for the same node and year exits 4 at once, naming the holder; --wait queues")
    func runLocked() throws {
        let db = try TestDatabase()
        try Self.department(db)
        #expect(try HuizongBinary.run(["submit", try Self.file(Self.smallUnit).path], database: db).status == 0)
        // Another session holds the node's lock, as a run in progress would.
        try db.connection.execute("select pg_advisory_lock(hashtext('huizong.run'), hashtext('D/2022'))")
        try db.connection.execute(
            "insert into pipeline.run (node_code, fiscal_year, pipeline_name, backend_pid) values ('D', 2022, 'nightly', pg_backend_pid())"
        )
        let second = try HuizongBinary.run(["run", "--unit", "D", "--year", "2022"], database: db)
        #expect(second.status == 4)
        #expect(second.stderr == "huizong: run 1 for D 2022 is in progress; try again when it has finished\n")
        #expect(try db.scalar("select count(*) from pipeline.run") == "1")
        // --wait queues behind the holder and runs once it lets go.
        // The holder lets go a second after the waiting run starts: a child psql session that
        // takes the lock, sleeps, and ends (its lock ends with it).
        try db.connection.execute("select pg_advisory_unlock(hashtext('huizong.run'), hashtext('D/2022'))")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = [
            db.conninfo, "-qc",
            "select pg_advisory_lock(hashtext('huizong.run'), hashtext('D/2022')); select pg_sleep(1.5)",
        ]
        try holder.run()
        Thread.sleep(forTimeInterval: 0.5)
        let started = Date()
        let waited = try HuizongBinary.run(["run", "--unit", "D", "--year", "2022", "--wait"], database: db)
        holder.waitUntilExit()
        #expect(waited.status == 3, "\(waited.stderr)")
        #expect(Date().timeIntervalSince(started) >= 0.7)
    }

    @Test("a run whose rules find errors publishes nothing and prints the findings; exit 1")
    func runWithErrors() throws {
        let db = try TestDatabase()
        try Self.department(db)
        #expect(try HuizongBinary.run(["submit", try Self.file(Self.smallUnit).path], database: db).status == 0)
        #expect(try HuizongBinary.run(["run", "--unit", "U1", "--year", "2022"], database: db).status == 0)
        // The office loads the official 2022 table afterwards; it lacks 30201, which U1 used.
        let shipped = try String(
            contentsOf: TestDatabase.files.url("sql/reference/economic-classification.csv"), encoding: .utf8)
        let table = try Self.file(
            shipped.split(separator: "\n").filter { !$0.hasPrefix("30201,") }.joined(separator: "\n") + "\n",
            name: "econ.csv")
        #expect(
            try HuizongBinary.run(["reference", "load", "--year", "2022", "--economic", table.path], database: db)
                .status
                == 0)
        let run = try HuizongBinary.run(["run", "--unit", "U1", "--year", "2022"], database: db)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "run 2 for U1 2022: 1 error(s), results not published")
        #expect(
            lines.dropFirst().first?.hasSuffix(
                "u1.csv:9: column econ_code: [econ_code_exists] expected an economic classification code (款) of fiscal year 2022, found 30201"
            ) == true, "\(lines)")
        // The previous results stay current.
        #expect(try db.scalar("select id from pipeline.current_run") == "1")
        #expect(try db.scalar("select status from pipeline.run where id = 2") == "failed")
    }
}

/// Registering a whole tree at once, as a city's finance bureau would.
@Suite("unit import") struct UnitImportTests {
    @Test("a CSV of units registers all of them, parents in any order")
    func importsTree() throws {
        let db = try TestDatabase()
        let file = try CommandLineTests.file("code,name,parent_code\nC1,一处,C\nC,某市,\nC2,二处,C\n", name: "units.csv")
        let result = try HuizongBinary.run(["unit", "import", file.path], database: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "registered 3 units from \(file.path)\n")
        #expect(try HuizongBinary.run(["unit", "list"], database: db).stdout == "C  某市\n  C1  一处\n  C2  二处\n")
    }

    @Test("a list with problems registers nothing and names every problem")
    func refusesWhole() throws {
        let db = try TestDatabase()
        try db.register(root: ("C", "某市"), units: [])
        let file = try CommandLineTests.file(
            "code,name,parent_code\nC,某市,\nX1,,C\nX2,二处,NOPE\nX2,二处,C\n", name: "units.csv")
        let result = try HuizongBinary.run(["unit", "import", file.path], database: db)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                huizong: the unit list has 4 problem(s):
                  C: already registered
                  X1: name is empty
                  X2: listed more than once
                  X2: unknown parent NOPE

                """)
        #expect(try db.scalar("select count(*) from registry.unit") == "1")
    }
}

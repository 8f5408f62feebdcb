import Foundation
import HuizongCore
import Testing

/// `huizong backup` and `huizong restore` through the real binary and real PostgreSQL: a
/// restored database exports byte for byte what the original did, every raw upload intact.
@Suite("backup and restore") struct BackupRestoreTests {
    /// Every export of both demo years, by file name.
    static func exports(_ environment: [String: String] = [:], removing: [String] = [], database: TestDatabase?)
        throws -> [String: Data]
    {
        let directory = try HuizongBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String: Data] = [:]
        let kinds: [(String, [String])] = [
            ("base-data", []), ("totals", ["--by", "econ"]), ("totals", ["--by", "func"]),
            ("totals", ["--by", "unit"]),
            ("explanations", []),
        ]
        for year in ["2021", "2022"] {
            for (kind, extra) in kinds {
                for format in kind == "explanations" ? ["json", "csv", "md"] : ["json", "csv", "md", "xlsx"] {
                    let name = "\(kind)\(extra.last ?? "")-\(year).\(format)"
                    let file = directory.appendingPathComponent(name)
                    let result = try HuizongBinary.run(
                        ["export", kind, "--unit", "401", "--year", year, "--format", format, "-o", file.path] + extra,
                        database: database, environment: environment, removing: removing)
                    try #require(result.status == 0, "\(name): \(result.stderr)")
                    files[name] = try Data(contentsOf: file)
                }
            }
        }
        return files
    }

    /// Each upload's id, recorded SHA-256 and the SHA-256 of its stored bytes.
    static let uploadHashes =
        "select string_agg(id || ' ' || sha256 || ' ' || encode(sha256(raw), 'hex'), E'\\n' order by id) from intake.upload"

    /// A backup of a demo database that has been run once more.
    static func backedUpDemo() throws -> (demo: DemoRun, file: URL) {
        let demo = try DemoRun()
        let rerun = try HuizongBinary.run(["run", "--unit", "401", "--year", "2022"], database: demo.database)
        try #require(rerun.status == 0, "\(rerun.stderr)")
        let file = try HuizongBinary.temporaryDirectory().appendingPathComponent("huizong.hzbackup")
        let backup = try HuizongBinary.run(["backup", "-o", file.path], database: demo.database)
        try #require(backup.status == 0, "\(backup.stderr)")
        let tables = try Self.tableCount(demo.database)
        #expect(
            backup.stdout.wholeMatch(
                of:
                    /backup .*huizong\.hzbackup: (\d+) tables, \d+ rows, 8 uploads; dump \d+ bytes, sha256 [0-9a-f]{64}; verified\n/
            )?.1 == Substring(tables), "\(backup.stdout)")
        return (demo, file)
    }

    /// The tables of `database` outside the system schemas, as the backup counts them.
    static func tableCount(_ database: TestDatabase) throws -> String {
        try #require(
            try database.scalar(
                "select count(*) from pg_tables where schemaname <> 'pg_catalog' and schemaname <> 'information_schema'"
            ))
    }

    @Test("demo → run → backup → a new database and a new embedded home → restore: exports and uploads identical")
    func roundTrip() throws {
        let (demo, file) = try Self.backedUpDemo()
        let original = try Self.exports(database: demo.database)
        #expect(original.count == 38)
        let uploads = try #require(try demo.database.scalar(Self.uploadHashes))
        // Every stored upload is the sample file's bytes, as recorded at intake.
        let samples = try FileManager.default.contentsOfDirectory(
            at: TestDatabase.files.url("samples/reference-department"), includingPropertiesForKeys: nil
        ).filter { $0.pathExtension == "csv" && !$0.lastPathComponent.hasSuffix("-indicators.csv") }
        #expect(samples.count == 8, "the submissions, not the 自评表's indicator rows")
        for sample in samples {
            let hash = try #require(
                try demo.database.scalar(
                    "select encode(sha256($1), 'hex')", [.bytes(Array(try Data(contentsOf: sample)))]))
            #expect(uploads.contains(" \(hash) \(hash)"), "\(sample.lastPathComponent)")
        }

        let fresh = try TestDatabase(migrated: false)
        let restored = try HuizongBinary.run(["restore", file.path], database: fresh)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.hasPrefix("restored \(file.path) (taken "), "\(restored.stdout)")
        #expect(
            restored.stdout.contains(") into database \(fresh.name): \(try Self.tableCount(demo.database)) tables, "),
            "\(restored.stdout)")
        #expect(restored.stdout.hasSuffix("8 uploads; row counts and every upload's SHA-256 verified\n"))
        #expect(try fresh.scalar(Self.uploadHashes) == uploads)
        #expect(try Self.exports(database: fresh) == original)
        #expect(
            try fresh.scalar("select string_agg(id || manifest_sha256, ',' order by id) from pipeline.run")
                == (try demo.database.scalar(
                    "select string_agg(id || manifest_sha256, ',' order by id) from pipeline.run")))

        // A new embedded home: the cluster is created, the dump restored, nothing migrated over it.
        let home = try HuizongBinary.temporaryDirectory().appendingPathComponent("home")
        let embedded = ["HUIZONG_HOME": home.path]
        let libpq = ["PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "DATABASE_URL"]
        defer {
            _ = try? HuizongBinary.run(["db", "stop"], database: nil, environment: embedded, removing: libpq)
            try? FileManager.default.removeItem(at: home.deletingLastPathComponent())
        }
        let intoHome = try HuizongBinary.run(
            ["restore", file.path], database: nil, environment: embedded, removing: libpq)
        #expect(intoHome.status == 0, "\(intoHome.stderr)")
        #expect(
            intoHome.stdout.contains(" into \(home.path): \(try Self.tableCount(demo.database)) tables, "),
            "\(intoHome.stdout)")
        #expect(try Self.exports(embedded, removing: libpq, database: nil) == original)
    }

    @Test("restore refuses a database that holds tables, a damaged file and a file that is no backup")
    func refusals() throws {
        let (demo, file) = try Self.backedUpDemo()
        let occupied = try HuizongBinary.run(["restore", file.path], database: demo.database)
        #expect(occupied.status == 2)
        #expect(
            occupied.stderr
                == "huizong: cannot restore into database \(demo.database.name): it holds \(try Self.tableCount(demo.database)) table(s); restore into a "
                + "new, empty database or a new HUIZONG_HOME\n")

        var bytes = try Data(contentsOf: file)
        let middle = bytes.count / 2
        bytes[middle] ^= 0x5a
        let damaged = file.deletingLastPathComponent().appendingPathComponent("damaged.hzbackup")
        try bytes.write(to: damaged)
        let fresh = try TestDatabase(migrated: false)
        let corrupted = try HuizongBinary.run(["restore", damaged.path], database: fresh)
        #expect(corrupted.status == 1)
        #expect(
            corrupted.stderr
                == "huizong: \(damaged.path) is corrupted: huizong.dump does not match the SHA-256 in its manifest\n")
        #expect(
            try fresh.scalar(
                "select count(*) from pg_tables where schemaname <> 'pg_catalog' and schemaname <> 'information_schema'"
            ) == "0")

        let sample = TestDatabase.files.url("samples/reference-department/401001-2022.csv")
        let notBackup = try HuizongBinary.run(["restore", sample.path], database: fresh)
        #expect(notBackup.status == 1)
        #expect(notBackup.stderr == "huizong: \(sample.path) is not a Huizong backup\n")
        let zh = try HuizongBinary.run(["restore", damaged.path], database: fresh, environment: ["HUIZONG_LANG": "zh"])
        #expect(zh.stderr == "huizong: 备份文件 \(damaged.path) 已损坏：huizong.dump 与清单中的 SHA-256 不符。\n")
    }

    @Test("backup --dir D --keep 2 keeps the two newest backups of the directory and nothing else is touched")
    func rotation() throws {
        let demo = try DemoRun()
        let directory = try HuizongBinary.temporaryDirectory()
        let other = directory.appendingPathComponent("notes.txt")
        try Data("keep me".utf8).write(to: other)
        var written: [String] = []
        for _ in 0..<3 {
            let result = try HuizongBinary.run(
                ["backup", "--dir", directory.path, "--keep", "2"], database: demo.database)
            try #require(result.status == 0, "\(result.stderr)")
            let name = try #require(result.stdout.firstMatch(of: /huizong-\d{8}T\d{6}\.\d{3}Z\.hzbackup/)).output
            written.append(String(name))
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == [written[1], written[2], "notes.txt"])
        let zero = try HuizongBinary.run(["backup", "--dir", directory.path, "--keep", "0"], database: demo.database)
        #expect(zero.status == 2 && zero.stderr == "huizong: --keep must be between 1 and 10000\n")
    }
}

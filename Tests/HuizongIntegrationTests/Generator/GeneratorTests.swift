import Foundation
import Testing

/// `huizong generate`: the benchmark's department, through the real binary.
@Suite("generator") struct GeneratorTests {
    /// Runs `huizong generate` for 12 units × 50 lines into a fresh directory.
    static func generate(seed: Int) throws -> URL {
        let directory = try HuizongBinary.temporaryDirectory().appendingPathComponent("bench")
        let result = try HuizongBinary.run(
            ["generate", "--units", "12", "--lines", "50", "--seed", String(seed), "--out", directory.path],
            database: nil)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("generated 12 units × 50 lines = 600 expenditure lines (12 files, 4 GB18030"))
        return directory
    }

    /// The generated files, relative path → bytes.
    static func contents(_ directory: URL) throws -> [String: Data] {
        var files = ["units.csv": try Data(contentsOf: directory.appendingPathComponent("units.csv"))]
        let submissions = directory.appendingPathComponent("submissions")
        for name in try FileManager.default.contentsOfDirectory(atPath: submissions.path) {
            files["submissions/" + name] = try Data(contentsOf: submissions.appendingPathComponent(name))
        }
        return files
    }

    @Test("every generated file is accepted without a finding, and the tree consolidates completely")
    func accepted() throws {
        let db = try TestDatabase()
        let directory = try Self.generate(seed: 7)
        let imported = try HuizongBinary.run(
            ["unit", "import", directory.appendingPathComponent("units.csv").path], database: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("registered 13 units"))

        let files = try Self.contents(directory).keys.filter { $0.hasPrefix("submissions/") }.sorted()
        #expect(files.count == 12)
        let submitted = try HuizongBinary.run(
            ["submit"] + files.map { directory.appendingPathComponent($0).path }, database: db)
        #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        let reports = submitted.stdout.split(separator: "\n")
        #expect(reports.count == 12, "one line per file and no findings: \(submitted.stdout)")
        #expect(reports.allSatisfy { $0.contains(": accepted (B0000") }, "\(submitted.stdout)")
        #expect(try db.scalar("select count(*) from intake.finding") == "0")
        #expect(try db.scalar("select count(*) from intake.submission where status = 'accepted'") == "12")
        #expect(try db.scalar("select count(*) from intake.submission where encoding = 'GB18030'") == "4")
        #expect(try db.scalar("select count(*) from intake.line where section = 'expenditure'") == "600")
        #expect(
            try db.scalar("select count(*) from intake.line where section = 'expenditure' and kind = 'project'")
                != "0")

        let run = try HuizongBinary.run(["run", "--unit", "BENCH", "--year", "2022"], database: db)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasSuffix("consolidated, complete\n"), "\(run.stdout)")
    }

    @Test("the same seed writes byte-identical files; another seed other files")
    func deterministic() throws {
        let first = try Self.contents(Self.generate(seed: 7))
        let again = try Self.contents(Self.generate(seed: 7))
        let other = try Self.contents(Self.generate(seed: 8))
        #expect(first.count == 13)
        #expect(first == again)
        #expect(Set(other.keys) == Set(first.keys))
        // the tree is the same for every seed; the submissions are not
        #expect(other["units.csv"] == first["units.csv"])
        #expect(first.keys.filter { $0.hasPrefix("submissions/") }.allSatisfy { other[$0] != first[$0] })
    }

    @Test("from 200 units on, units sit under ten groups: a three-level tree")
    func groups() throws {
        let directory = try HuizongBinary.temporaryDirectory().appendingPathComponent("tree")
        let result = try HuizongBinary.run(
            ["generate", "--units", "200", "--lines", "1", "--out", directory.path], database: nil)
        #expect(result.status == 0, "\(result.stderr)")
        let units = try String(contentsOf: directory.appendingPathComponent("units.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(units.count == 1 + 1 + 10 + 200)
        #expect(units[1] == "BENCH,基准部门,")
        #expect(units[2] == "BG01,基准分组01,BENCH")
        #expect(units[12] == "B000001,基准预算单位000001,BG01")
        #expect(units.last == "B000200,基准预算单位000200,BG10")
    }
}

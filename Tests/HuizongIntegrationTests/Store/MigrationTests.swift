import Foundation
import HuizongCore
import Testing

/// Forward-only migrations with checksums, and reference tables per fiscal year.
@Suite("migrations and reference tables") struct MigrationTests {
    @Test("migrate is safe to run again, by command and in process")
    func idempotent() throws {
        let db = try TestDatabase()
        #expect(try Migrator(files: TestDatabase.files, logger: TestDatabase.logger).migrate(db.connection).isEmpty)
        let result = try HuizongBinary.run(["migrate"], database: db)
        #expect(result.status == 0)
        #expect(result.stdout == "schema up to date\n")
        #expect(try db.scalar("select count(*) from ref.classification where kind = 'econ'") == "115")
    }

    @Test("an applied migration that was edited is refused with both checksums")
    func editedMigration() throws {
        let db = try TestDatabase()
        let copy = try HuizongBinary.temporaryDirectory()
        for folder in ["sql", "pipelines"] {
            try FileManager.default.copyItem(
                at: TestDatabase.files.url(folder), to: copy.appendingPathComponent(folder))
        }
        let migration = copy.appendingPathComponent("sql/migrations/0001_schema.sql")
        try (String(contentsOf: migration, encoding: .utf8) + "-- edited\n").write(
            to: migration, atomically: true, encoding: .utf8)
        let result = try HuizongBinary.run(["migrate"], database: db, environment: ["HUIZONG_SHARE": copy.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("huizong: migration 0001_schema.sql was edited after it was applied"))
    }

    @Test("an official table loaded for 2023 governs 2023 on; earlier years keep the shipped one")
    func referenceByYear() throws {
        let db = try TestDatabase()
        try db.register(root: ("D", "局"), units: [("U", "单位", nil)])
        let shipped = try String(
            contentsOf: TestDatabase.files.url("sql/reference/economic-classification.csv"), encoding: .utf8)
        let without30201 =
            shipped.split(separator: "\n").filter { !$0.hasPrefix("30201,") }.joined(separator: "\n") + "\n"
        let file = try HuizongBinary.temporaryDirectory().appendingPathComponent("econ-2023.csv")
        try without30201.write(to: file, atomically: true, encoding: .utf8)
        let load = try HuizongBinary.run(
            ["reference", "load", "--year", "2023", "--economic", file.path], database: db)
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout == "loaded 114 econ codes for 2023 from \(file.path)\n")
        for (year, accepted) in [(2022, true), (2023, false)] {
            let csv = """
                section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text
                meta,unit_code,,,,,,,,,U
                meta,fiscal_year,,,,,,,,,\(year)
                income,appropriation,,,,,,,,10,
                expenditure,,basic,,,2150501,30201,0,10,10,

                """
            let outcome = try db.submit(csv)
            #expect((outcome.status != .rejected) == accepted, "\(year)")
            if !accepted {
                #expect(outcome.findings.map(\.code) == ["econ_code_exists"])
                #expect(outcome.findings.first?.line == 5)
                #expect(outcome.findings.first?.expected == "an economic classification code (款) of fiscal year 2023")
            }
        }
    }

    @Test("a malformed official table is refused whole, naming each bad code")
    func badReference() throws {
        let db = try TestDatabase()
        let file = try HuizongBinary.temporaryDirectory().appendingPathComponent("bad.csv")
        try "code,name,level,parent_code\n301,工资福利支出,类,\n3019,x,款,301\n30101,基本工资,款,399\n".write(
            to: file, atomically: true, encoding: .utf8)
        let load = try HuizongBinary.run(
            ["reference", "load", "--year", "2024", "--economic", file.path], database: db)
        #expect(load.status == 1)
        #expect(
            load.stderr == """
                huizong: the economic classification table for 2024 (\(file.path)) has 3 problem(s):
                  30101: parent 399 is not the code's prefix in the table
                  3019: code must be 3, 5 or 7 digits
                  3019: level must be 类, 款 or 项 matching the code length

                """)
        #expect(try db.scalar("select count(*) from ref.edition where fiscal_year = 2024") == "0")
    }
}

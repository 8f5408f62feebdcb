import Foundation
import HuizongCore
import Testing

/// A department registered and submitted through the CLI as a new user would, consolidated
/// to totals computed independently in integer fen: exact to the fen at every level.
@Suite("generated department") struct GeneratedDepartmentTests {
    @Test("totals by economic class, functional class and unit equal the independent sums", arguments: [1, 7, 42])
    func totalsMatch(seed: Int) throws {
        let db = try TestDatabase()
        let department = try GeneratedDepartment(seed: UInt64(seed), linesPerUnit: 40)
        try register(department, db)
        let directory = try HuizongBinary.temporaryDirectory()
        var files: [String] = []
        for unit in department.units {
            let url = directory.appendingPathComponent("\(unit.code).csv")
            try Data(department.csv(unit, year: 2023).utf8).write(to: url)
            files.append(url.path)
        }
        let submit = try HuizongBinary.run(["submit"] + files + ["--year", "2023"], database: db)
        #expect(submit.status == 0, "\(submit.stdout)\(submit.stderr)")
        for node in ["900", "900100"] {
            let run = try HuizongBinary.run(["run", "--unit", node, "--year", "2023"], database: db)
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            try compare(department.expected(under: node), node: node, db: db)
        }
        // The transfer 900101 → 900102 is internal to both nodes: no trace in their income.
        #expect(
            try db.scalar(
                """
                select string_agg(actual::text, ',') from consolidated.item_total
                where section = 'income' and item = 'from_superior'
                """) == "0.00,0.00")
    }

    private func register(_ department: GeneratedDepartment, _ db: TestDatabase) throws {
        var commands = [
            ["unit", "add", "900", "--name", "某市某局"], ["unit", "add", "900100", "--name", "某处", "--parent", "900"],
        ]
        for unit in department.units {
            commands.append(["unit", "add", unit.code, "--name", "单位\(unit.code)", "--parent", unit.parent])
        }
        for command in commands { #expect(try HuizongBinary.run(command, database: db).status == 0) }
    }

    private func compare(
        _ expected: [String: [String: (basic: Int64, project: Int64)]], node: String, db: TestDatabase
    ) throws {
        for (dimension, codes) in expected {
            let export = try HuizongBinary.run(
                ["export", "totals", "--unit", node, "--year", "2023", "--by", dimension], database: db)
            let rows = try JSONFile.rows(JSONFile.object(export.stdout), by: "code")
            #expect(rows.count == codes.count, "\(node) \(dimension): row count")
            for (code, amount) in codes {
                let row = try #require(rows[code], "\(node) \(dimension) \(code) missing")
                #expect(row["basic_yuan"] as? String == Fen(amount.basic).description, "\(dimension) \(code) basic")
                #expect(
                    row["project_yuan"] as? String == Fen(amount.project).description, "\(dimension) \(code) project")
                #expect(
                    row["total_yuan"] as? String == Fen(amount.basic + amount.project).description,
                    "\(dimension) \(code) total")
            }
        }
    }
}

import Foundation
import Testing

/// A department written by `huizong generate` (root BENCH), registered, submitted and run
/// for 2022 through the real binary in a fresh database.
enum GeneratedRun {
    /// The database after the run. `dropLast` leaves the last unit's file out (an incomplete
    /// run); `accepted` are the exit codes each step may end with.
    static func department(
        units: Int, lines: Int, seed: Int, dropLast: Bool = false, accepted: Set<Int32> = [0]
    ) throws -> TestDatabase {
        let db = try TestDatabase()
        let directory = try HuizongBinary.temporaryDirectory().appendingPathComponent("bench")
        let generated = try HuizongBinary.run(
            [
                "generate", "--units", String(units), "--lines", String(lines), "--seed", String(seed),
                "--out", directory.path,
            ], database: nil)
        try #require(generated.status == 0, "\(generated.stderr)")
        let submissions = directory.appendingPathComponent("submissions")
        var files = try FileManager.default.contentsOfDirectory(atPath: submissions.path).sorted()
        if dropLast { files.removeLast() }
        for arguments in [
            ["unit", "import", directory.appendingPathComponent("units.csv").path],
            ["submit"] + files.map { submissions.appendingPathComponent($0).path },
            ["run", "--unit", "BENCH", "--year", "2022"],
        ] {
            let result = try HuizongBinary.run(arguments, database: db)
            try #require(accepted.contains(result.status), "\(arguments[0]): \(result.stdout)\(result.stderr)")
        }
        return db
    }
}

import ArgumentParser
import Foundation
import HuizongCore

/// `huizong generate`: a synthetic department's submissions, for benchmarks and tests.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic department: DIR/units.csv and one valid submission per unit in DIR/submissions/.",
        discussion: """
            Deterministic from the seed. A root BENCH (基准部门) with units B000001 …, under ten groups \
            BG01…BG10 from 200 units on; every third file GB18030 with Chinese headers and CRLF. Register \
            the tree with `huizong unit import DIR/units.csv`, then `huizong submit DIR/submissions/*.csv`.
            """)

    @Option(help: "Number of budget units (one file each).") var units: Int = 1000
    @Option(help: "Expenditure lines per unit.") var lines: Int = 1000
    @Option(help: "Random seed: the same seed writes the same bytes.") var seed: UInt64 = 1
    @Option(help: "The fiscal year of the submissions.") var year: Int = 2022
    @Option(help: "Directory to write into (created if needed; files of the same names are overwritten).")
    var out: String

    func run() throws {
        let summary = try CommandContext.offline {
            let generator = try SubmissionGenerator(
                options: .init(units: units, lines: lines, seed: seed, year: year), files: try ProjectFiles.locate())
            return try generator.write(to: URL(fileURLWithPath: out))
        }
        print(summary)
    }
}

import ArgumentParser
import Foundation
import HuizongCore

/// `huizong reference load`: the official classification tables of a year.
struct Reference: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load official classification code tables.", subcommands: [Load.self])

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load the economic and/or functional table for a fiscal year (CSV: code,name,level,parent_code).",
            discussion: "The table loaded for year Y serves Y and later years until a newer one is loaded.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The fiscal year the tables are for.") var year: Int
        @Option(help: "CSV of the economic classification (类, 款).") var economic: String?
        @Option(help: "CSV of the functional classification (类, 款, 项).") var functional: String?

        func validate() throws {
            guard economic != nil || functional != nil else {
                throw CommandContext.invalid(.referenceNeedsFile)
            }
        }

        func run() throws {
            try CommandContext.run(options) { context in
                let loader = ReferenceLoader(connection: context.connection)
                for (kind, path) in [(ClassificationKind.econ, economic), (.func, functional)] {
                    guard let path else { continue }
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw HuizongError.usage(.cannotRead(path: path, reason: nil))
                    }
                    let count = try loader.load(kind: kind, year: year, csv: data, source: path)
                    print("loaded \(count) \(kind.rawValue) codes for \(year) from \(path)")
                }
            }
        }
    }
}

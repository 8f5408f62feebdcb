import ArgumentParser
import Foundation
import HuizongCore

extension UnitCommand {
    /// `huizong unit import FILE`: a whole tree at once.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register many units from a CSV file (code,name,parent_code with a header); all or nothing.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The CSV file (UTF-8).") var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandContext.exit(for: HuizongError.usage(.cannotRead(path: file, reason: nil)))
            }
            try CommandContext.run(options) { context in
                let count = try UnitRegistry(connection: context.connection).importCSV(data)
                print("registered \(count) units from \(file)")
            }
        }
    }
}

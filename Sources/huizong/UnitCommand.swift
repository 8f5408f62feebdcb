import ArgumentParser
import HuizongCore

/// `huizong unit add|list`: the tree of budget units.
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit", abstract: "Register and list budget units.",
        subcommands: [Add.self, List.self, Import.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a unit; without --parent it is the root of a tree (a department).")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The unit's code.") var code: String
        @Option(help: "The unit's name.") var name: String
        @Option(help: "The code of the unit it belongs to.") var parent: String?

        func run() throws {
            try CommandContext.run(options) { context in
                try UnitRegistry(connection: context.connection).add(code: code, name: name, parent: parent)
                print("registered \(code) \(name)" + (parent.map { " under \($0)" } ?? ""))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the tree (all trees, or the one under a unit).")

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only the subtree under this unit.") var under: String?

        func run() throws {
            try CommandContext.run(options) { context in
                try UnitRegistry(connection: context.connection).list(under: under) { entry in
                    print(String(repeating: "  ", count: entry.depth) + "\(entry.code)  \(entry.name)")
                }
            }
        }
    }
}

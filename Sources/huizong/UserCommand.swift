import ArgumentParser
import Foundation
import HuizongCore

extension AccountStore.Role: ExpressibleByArgument {}

/// `huizong user add|list`: portal accounts.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Portal accounts: accountants, the finance office, admins.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is asked for, or read from stdin's first line when piped.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The sign-in name.") var name: String
        @Option(help: "accountant (one unit), office (every unit under a node) or admin.")
        var role: AccountStore.Role
        @Option(help: "The accountant's unit, or the office's node.") var unit: String?

        func run() throws {
            let password = try CommandContext.offline { try Self.readPassword() }
            try CommandContext.run(options) { context in
                try AccountStore(connection: context.connection).add(
                    name: name, role: role, unit: unit, password: password)
                print("account \(name) added (\(role.rawValue)\(unit.map { " of \($0)" } ?? ""))")
            }
        }

        /// Asked twice without echo on a terminal; the first line of stdin otherwise.
        private static func readPassword() throws -> String {
            guard isatty(STDIN_FILENO) != 0 else {
                guard let line = readLine(strippingNewline: true) else {
                    throw HuizongError.usage(.noPasswordOnStdin)
                }
                return line
            }
            let first = String(cString: getpass("Password: "))
            let second = String(cString: getpass("Again: "))
            guard first == second else { throw HuizongError.usage(.passwordsDiffer) }
            return first
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every account with its role and unit.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            try CommandContext.run(options) { context in
                for account in try AccountStore(connection: context.connection).list() {
                    print("\(account.name)  \(account.role.rawValue)  \(account.unitCode ?? "-")")
                }
            }
        }
    }
}

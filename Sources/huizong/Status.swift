import ArgumentParser
import HuizongCore

/// `huizong status`: which units under a node have submitted for a year.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which units under the node have an accepted submission for the year, which are missing or rejected.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The node of the unit tree.") var unit: String
    @Option(help: "The fiscal year.") var year: Int

    func run() throws {
        try CommandContext.run(options) { context in
            let entries = try NodeStatus.load(node: unit, year: year, connection: context.connection)
            for entry in entries {
                var state = entry.state.replacingOccurrences(of: "_", with: " ")
                if let version = entry.acceptedVersion { state += " (version \(version))" }
                if let latest = entry.latestVersion, let status = entry.latestStatus {
                    state += "; newest version \(latest) \(status.replacingOccurrences(of: "_", with: " "))"
                }
                if let comment = entry.comment { state += "; comment: \(comment)" }
                print("\(entry.code)  \(entry.name)  \(state)")
            }
            let missing = entries.filter { $0.acceptedVersion == nil }.count
            print("\(entries.count - missing) of \(entries.count) units have a submission in force for \(year)")
        }
    }
}

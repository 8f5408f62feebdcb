import ArgumentParser
import HuizongCore

/// `huizong status`: which units under a node have submitted for a year.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Which units under the node have an accepted submission for the year, which are missing or rejected; "
            + "the newest run.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The node of the unit tree.") var unit: String
    @Option(help: "The fiscal year.") var year: Int

    func run() throws {
        try CommandContext.run(options) { context in
            let status = try NodeStatus.load(node: unit, year: year, connection: context.connection)
            for entry in status.entries {
                var state = entry.unitState.label
                if let version = entry.acceptedVersion { state += " (version \(version))" }
                if let latest = entry.latestVersion, let status = entry.latestSubmissionStatus {
                    state += "; newest version \(latest) \(status.label)"
                }
                if let comment = entry.comment { state += "; comment: \(comment)" }
                print("\(entry.code)  \(entry.name)  \(state)")
            }
            print("\(status.inForce) of \(status.entries.count) units have a submission in force for \(year)")
            if let run = status.run {
                print(
                    "newest run \(run.id) (started \(OfficeTime.office.listing(run.startedAt))): \(run.outcome.label), "
                        + "\(run.errors) error(s), \(run.warnings) warning(s)")
            }
        }
    }
}

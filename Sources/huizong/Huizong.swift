import ArgumentParser

/// The `huizong` command: consolidation of budget units' annual submissions.
@main
struct Huizong: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "huizong",
        abstract: "汇总 — validate and consolidate budget units' annual submissions into a department's tables.",
        subcommands: [
            Migrate.self, UnitCommand.self, Submit.self, Status.self, Run.self, Runs.self, Findings.self, Export.self,
            Template.self, Demo.self, UserCommand.self, Review.self, Explain.self, Explanations.self, Serve.self,
            DatabaseCommand.self, Reference.self, Generate.self, Backup.self, Restore.self, Report.self,
            CheckReport.self, ExplainFigure.self,
        ]
    )
}

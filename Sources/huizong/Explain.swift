import ArgumentParser
import HuizongCore

/// `huizong explain`: a unit's explanation (审核说明) of a warning, and the office's decision on it.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a warning of a unit's submission in force (accountant), confirm an earlier explanation, "
            + "or accept or reject one (office).",
        discussion: """
            The finding's id is the `id` that `submit --format json`, `findings --format json` and `explanations` \
            print. Errors cannot be explained: correct the file and upload it again.
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "The submission's id.") var submission: Int64
    @Option(help: "The finding's id.") var finding: String
    @Option(help: "The explanation (accountant).") var text: String?
    @Flag(help: "Confirm the explanation an earlier version or year offers (accountant).") var confirm = false
    @Flag(help: "Accept the explanation (office).") var accept = false
    @Flag(help: "Reject the explanation (office; needs --comment).") var reject = false
    @Option(help: "The office's comment on its decision.") var comment: String?
    @Option(name: .customLong("as"), help: "The account that acts.") var actor: String

    func validate() throws {
        let actions = [text != nil, confirm, accept, reject].filter { $0 }.count
        guard actions == 1 else { throw ValidationError("give exactly one of --text, --confirm, --accept, --reject") }
    }

    func run() throws {
        try CommandContext.run(options) { context in
            let store = ExplanationStore(connection: context.connection)
            let explanation: Explanation
            if let text {
                explanation = try store.explain(submission: submission, finding: finding, text: text, actor: actor)
            } else if confirm {
                explanation = try store.confirm(submission: submission, finding: finding, actor: actor)
            } else {
                explanation = try store.decide(
                    submission: submission, finding: finding, verdict: accept ? .accepted : .rejected,
                    comment: comment, actor: actor)
            }
            print(Explanations.describe(explanation))
        }
    }
}

/// `huizong explanations`: a submission's warnings, each with its explanation and decision.
struct Explanations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the warnings of a submission with their explanations, offers from earlier versions or years, "
            + "and the office's decisions.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The submission's id.") var submission: Int64
    @OptionGroup var output: FindingOutput

    func run() throws {
        try CommandContext.run(options) { context in
            try Rule.loadCatalogue(files: context.files)
            let policy = try ExplanationPolicy.shipped(files: context.files)
            let warnings = try ExplanationStore(connection: context.connection).warnings(
                submission: submission, policy: policy)
            for warning in warnings {
                print(output.line(warning.finding))
                print("  " + Self.state(warning))
            }
            if warnings.isEmpty { print("no warnings") }
        }
    }

    /// What the warning's explanation is: explained (and decided), offered, or missing.
    static func state(_ warning: ExplainedFinding) -> String {
        if let explanation = warning.explanation { return describe(explanation) }
        if let offer = warning.offer {
            return "offered from year \(offer.origin?.year ?? 0) version \(offer.origin?.version ?? 0), "
                + "not confirmed: \(offer.text)"
        }
        return warning.optional ? "unexplained (optional)" : "unexplained: approval waits for it"
    }

    /// "explained by A at T: TEXT; accepted by O (comment)".
    static func describe(_ explanation: Explanation) -> String {
        var text =
            "explained by \(explanation.writtenBy) at \(OfficeTime.office.listing(utc: explanation.writtenAt)): \(explanation.text)"
        if let origin = explanation.origin { text += " (confirmed from year \(origin.year) version \(origin.version))" }
        if let decision = explanation.decision {
            text += "; \(decision.verdict.rawValue) by \(decision.decidedBy)"
            if let comment = decision.comment { text += " (\(comment))" }
        }
        return text
    }
}

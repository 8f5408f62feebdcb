import ArgumentParser
import HuizongCore

/// `huizong review approve|return|unlock|list`: the finance office's review of submissions.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The finance office's review: approve a submission in force (locking its unit and year), return it, "
            + "unlock; list a unit's submissions.",
        subcommands: [Approve.self, Return.self, Unlock.self, List.self])

    /// "submission 12 (401001, 2022, version 1)".
    static func describe(_ record: SubmissionRecord) -> String {
        "submission \(record.id) (\(record.unitCode), \(record.fiscalYear), version \(record.version))"
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve a unit's submission in force and lock the unit and year until the office unlocks them.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The submission's id.") var submission: Int64
        @Option(help: "Why, for the record.") var comment: String?
        @Option(name: .customLong("as"), help: "The office or admin account that approves.") var actor: String

        func run() throws {
            try CommandContext.run(options) { context in
                let policy = try ExplanationPolicy.shipped(files: context.files)
                let record = try ReviewStore(connection: context.connection, policy: policy).approve(
                    submission: submission, actor: actor, comment: comment)
                print(
                    "\(Review.describe(record)) approved by \(actor); "
                        + "\(record.unitCode) \(record.fiscalYear) is locked until the office unlocks it")
            }
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Return a unit's submission in force with a comment its accountant sees.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The submission's id.") var submission: Int64
        @Option(help: "What the unit must change.") var comment: String
        @Option(name: .customLong("as"), help: "The office or admin account that returns it.") var actor: String

        func run() throws {
            try CommandContext.run(options) { context in
                let record = try ReviewStore(connection: context.connection).return(
                    submission: submission, actor: actor, comment: comment)
                print("\(Review.describe(record)) returned by \(actor): \(record.review?.comment ?? comment)")
            }
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Unlock an approved unit and year, so that the unit may submit again.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The unit.") var unit: String
        @Option(help: "The fiscal year.") var year: Int
        @Option(help: "Why, for the record.") var comment: String
        @Option(name: .customLong("as"), help: "The office or admin account that unlocks.") var actor: String

        func run() throws {
            try CommandContext.run(options) { context in
                let record = try ReviewStore(connection: context.connection).unlock(
                    unit: unit, year: year, actor: actor, comment: comment)
                print("\(unit) \(year) unlocked by \(actor) (\(Review.describe(record)) was approved)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A unit's submissions, newest first, with their ids and latest review.")

        @OptionGroup var options: GlobalOptions
        @Option(help: "The unit.") var unit: String
        @Option(help: "The fiscal year (else every year).") var year: Int?

        func run() throws {
            try CommandContext.run(options) { context in
                try SubmissionHistory(connection: context.connection).forEach(unit: unit, year: year) { record in
                    print(Self.line(record))
                }
            }
        }

        /// "12  2022  version 2  accepted, in force; approved by office401 at …: ok  file.csv  kuang  2026-11-29 16:15"
        /// (times in the office's zone, `OfficeTime`).
        static func line(_ record: SubmissionRecord) -> String {
            var state = record.submissionStatus.label
            if record.inForce { state += ", in force" }
            if let review = record.review {
                state += "; \(review.action.label) by \(review.actor) at \(OfficeTime.office.listing(utc: review.at))"
                if let comment = review.comment { state += ": \(comment)" }
            }
            return [
                String(record.id), String(record.fiscalYear), "version \(record.version)", state, record.fileName,
                record.uploadedBy, OfficeTime.office.listing(utc: record.uploadedAt),
            ].joined(separator: "  ")
        }
    }
}

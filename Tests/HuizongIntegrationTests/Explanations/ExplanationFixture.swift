import Foundation
import HuizongCore
import Postgres
import Testing

/// Department 401 (units 401001, 401002) with accounts, and 401001's 2022 file with two
/// warnings: two expenditure lines spent over their budget (actual_over_budget).
final class ExplanationFixture {
    let db: TestDatabase
    let review: ReviewFixture

    init() throws {
        review = try ReviewFixture()
        db = review.db
        try AccountStore(connection: db.connection).add(
            name: "a401002", role: .accountant, unit: "401002", password: "password-b")
    }

    /// 401001's file with two warnings; `year` and a third warning on demand.
    static func file(year: Int = 2022) throws -> RuleSubmissionBuilder {
        var file = RuleSubmissionBuilder(unit: "401001", year: year)
        try file.change(RuleSubmissionBuilder.Row.line(econ: "30101")) { $0.actual = "620000.01" }
        try file.change(RuleSubmissionBuilder.Row.line(econ: "30299")) { $0.actual = "900000" }
        return file
    }

    /// Submits the file; it must be accepted with its two warnings.
    func submitWarnings(year: Int = 2022) throws -> SubmissionStore.Outcome {
        let outcome = try db.submit(try Self.file(year: year).csv, fileName: "401001-\(year).csv")
        try #require(outcome.status == .acceptedWithWarnings, "\(outcome.findings)")
        try #require(outcome.findings.count == 2)
        return outcome
    }

    var store: ExplanationStore { ExplanationStore(connection: db.connection) }

    /// The English message of the refusal `body` throws.
    func refusal(_ body: () throws -> Void) -> String? { ReviewFixture.usage(body) }

    /// The audit log's actions, oldest first.
    func audit() throws -> String? {
        try db.scalar(
            "select string_agg(action || ' ' || actor, ', ' order by id) from portal.audit_log where submission_id is not null"
        )
    }
}

import Foundation
import Postgres

/// The finance office's review of submissions: approve the submission in force (which locks
/// its unit and year against new submissions), return it with a comment for the unit's
/// accountant, unlock an approved unit and year. Each action is one transaction: the checks,
/// a row of `intake.review`, the lock, and an entry in the audit log.
///
/// On the owner's connection (the command line) `actor` is signed in for the transaction;
/// on the portal's (role `huizong_portal`, `huizong.account` set) it must be the signed-in
/// account, and row-level security refuses whatever these checks would have let through.
public struct ReviewStore {
    let connection: Connection
    /// Which warnings approval waits to see explained.
    let policy: ExplanationPolicy

    /// The reviews of the database `connection` is open on; approval waits for the
    /// explanations `policy` requires (every warning's, by default).
    public init(connection: Connection, policy: ExplanationPolicy = ExplanationPolicy()) {
        self.connection = connection
        self.policy = policy
    }

    /// Approves the submission in force of a unit and year and locks them on it.
    @discardableResult
    public func approve(submission: Int64, actor: String, comment: String? = nil) throws -> SubmissionRecord {
        let comment = comment.flatMap(Self.trimmed)
        return try connection.transaction {
            try signIn(actor, toDo: .approve)
            let target = try submissionInForce(submission, actor: actor, action: .approve)
            if let lock = try UnitLock.find(unit: target.unit, year: target.year, connection: connection) {
                throw HuizongError.usage(
                    .alreadyApproved(
                        submission: submission, unit: target.unit, year: target.year, by: lock.lockedBy,
                        on: lock.lockedOn))
            }
            try checkExplained(submission)
            try record(.approve, unit: target.unit, year: target.year, submission: submission, actor: actor, comment)
            try connection.execute(
                """
                insert into intake.unit_lock (unit_code, fiscal_year, submission_id, locked_by)
                values (\(target.unit), \(target.year), \(submission), \(actor))
                """)
            return try state(of: submission)
        }
    }

    /// Sends the submission in force back to its unit with `comment`, which its accountant sees.
    @discardableResult
    public func `return`(submission: Int64, actor: String, comment: String) throws -> SubmissionRecord {
        guard let comment = Self.trimmed(comment) else {
            throw HuizongError.usage(.returnNeedsComment)
        }
        return try connection.transaction {
            try signIn(actor, toDo: .return)
            let target = try submissionInForce(submission, actor: actor, action: .return)
            if let lock = try UnitLock.find(unit: target.unit, year: target.year, connection: connection) {
                throw HuizongError.usage(
                    .approvedAndLocked(
                        submission: submission, unit: target.unit, year: target.year, by: lock.lockedBy,
                        on: lock.lockedOn))
            }
            try record(.return, unit: target.unit, year: target.year, submission: submission, actor: actor, comment)
            return try state(of: submission)
        }
    }

    /// Lifts the lock of an approved unit and year, so that the unit may submit again;
    /// returns the submission that was approved.
    @discardableResult
    public func unlock(unit: String, year: Int, actor: String, comment: String) throws -> SubmissionRecord {
        guard let comment = Self.trimmed(comment) else {
            throw HuizongError.usage(.unlockNeedsComment)
        }
        return try connection.transaction {
            try signIn(actor, toDo: .unlock)
            guard try UnitRegistry(connection: connection).find(unit) != nil else {
                throw HuizongError.usage(.unknownUnit(code: unit))
            }
            try checkScope(unit, actor: actor)
            try UnitLock.serialize(unit: unit, year: year, connection: connection)
            guard let lock = try UnitLock.find(unit: unit, year: year, connection: connection) else {
                throw HuizongError.usage(.notLocked(unit: unit, year: year))
            }
            try record(.unlock, unit: unit, year: year, submission: lock.submissionId, actor: actor, comment)
            try connection.execute("delete from intake.unit_lock where unit_code = \(unit) and fiscal_year = \(year)")
            return try state(of: lock.submissionId)
        }
    }

    /// Approval waits until every warning the policy requires has the unit's explanation.
    private func checkExplained(_ submission: Int64) throws {
        let missing = try ExplanationStore(connection: connection).unexplained(submission: submission, policy: policy)
        guard !missing.isEmpty else { return }
        let warnings = missing.map {
            Refusal.UnexplainedWarning(finding: $0.id ?? "?", code: $0.code, line: $0.line)
        }
        throw HuizongError.usage(.warningsUnexplained(submission: submission, warnings: warnings))
    }

    /// One review, in the review history and in the audit log.
    private func record(
        _ action: ReviewAction, unit: String, year: Int, submission: Int64, actor: String, _ comment: String?
    ) throws {
        try connection.execute(
            """
            insert into intake.review (submission_id, unit_code, fiscal_year, action, comment, actor)
            values (\(submission), \(unit), \(year), \(action.rawValue), \(comment), \(actor))
            """)
        try AuditLog(connection: connection).record(
            actor: actor, action: action.rawValue, unit: unit, submission: submission, detail: comment)
    }

    private func state(of submission: Int64) throws -> SubmissionRecord {
        guard let record = try SubmissionHistory(connection: connection).submission(submission) else {
            throw HuizongError.usage(.unknownSubmission(id: submission))
        }
        return record
    }

    /// The text without surrounding white space; nil when nothing is left.
    private static func trimmed(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

import Foundation
import Postgres

/// The loop of 审核说明: a unit's accountant explains each warning of its submission in
/// force (or confirms the explanation an earlier version or year offers), the finance
/// office accepts it or not. Each step is one transaction with its audit-log entry, done
/// as the named account; on the portal's connection row-level security refuses whatever
/// these checks would let through.
public struct ExplanationStore {
    let connection: Connection

    /// The explanations of the database `connection` is open on.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// Explains warning `finding` of the submission in force `submission` with `text`.
    @discardableResult
    public func explain(submission: Int64, finding: String, text: String, actor: String) throws -> Explanation {
        guard let text = Self.trimmed(text) else {
            throw HuizongError.usage(.explanationNeedsText)
        }
        guard text.count <= Self.maximumLength else {
            throw HuizongError.usage(.explanationTooLong(maximum: Self.maximumLength))
        }
        return try connection.transaction {
            let target = try writable(submission, finding: finding, actor: actor)
            return try insert(target, finding: finding, text: text, from: nil, actor: actor)
        }
    }

    /// Confirms, for warning `finding` of `submission`, the explanation an earlier version or
    /// year offers: it counts from now on, marked where it came from.
    @discardableResult
    public func confirm(submission: Int64, finding: String, actor: String) throws -> Explanation {
        try connection.transaction {
            let target = try writable(submission, finding: finding, actor: actor)
            guard let offer = try offers(submission: submission, findings: [finding])[finding] else {
                throw HuizongError.usage(.noExplanationToConfirm(finding: finding, submission: submission))
            }
            return try insert(target, finding: finding, text: offer.text, from: offer.id, actor: actor)
        }
    }

    /// The office's decision on the explanation of warning `finding` of `submission`; a
    /// rejection needs a comment the unit's accountant reads.
    @discardableResult
    public func decide(
        submission: Int64, finding: String, verdict: Explanation.Verdict, comment: String?, actor: String
    ) throws -> Explanation {
        let comment = comment.flatMap(Self.trimmed)
        if verdict == .rejected, comment == nil {
            throw HuizongError.usage(.rejectionNeedsComment)
        }
        return try connection.transaction {
            let accounts = ActingAccount(connection: connection)
            try accounts.signIn(actor, roles: [.office, .admin]) {
                .roleMayNotExplain(account: actor, role: $0, decide: true)
            }
            let target = try self.target(submission)
            try accounts.checkScope(target.unit, actor: actor)
            guard let explanation = try explanations(submission: submission)[finding] else {
                throw HuizongError.usage(.notExplainedYet(finding: finding, submission: submission))
            }
            try connection.execute(
                """
                insert into intake.explanation_decision (explanation_id, unit_code, decision, comment, decided_by)
                values (\(explanation.id), \(target.unit), \(verdict.rawValue), \(comment), \(actor))
                """)
            try AuditLog(connection: connection).record(
                actor: actor, action: "\(verdict == .accepted ? "accept" : "reject")_explanation", unit: target.unit,
                submission: submission, detail: "\(finding): \(comment ?? "")")
            return try explanations(submission: submission)[finding]!
        }
    }

    /// The warnings of `submission`, each with its explanation or the one offered from an
    /// earlier version or year, and whether approval waits for it.
    public func warnings(submission: Int64, policy: ExplanationPolicy) throws -> [ExplainedFinding] {
        let warnings = try SubmissionFindings.load(submission: submission, connection: connection)
            .filter { $0.severity == .warning }
        let explained = try explanations(submission: submission)
        let open = warnings.compactMap(\.id).filter { explained[$0] == nil }
        let offered = open.isEmpty ? [:] : try offers(submission: submission, findings: open)
        return warnings.map { finding in
            let key = finding.id ?? ""
            return ExplainedFinding(
                finding: finding, explanation: explained[key], offer: explained[key] == nil ? offered[key] : nil,
                optional: policy.optionalRules.contains(finding.code))
        }
    }

    /// The warnings of `submission` that approval waits for.
    public func unexplained(submission: Int64, policy: ExplanationPolicy) throws -> [Finding] {
        try warnings(submission: submission, policy: policy).filter(\.blocksApproval).map(\.finding)
    }

    private struct Target {
        var submissionId: Int64
        var unit: String
        var year: Int
        var inForce: Bool
    }

    /// A submission's unit and year, and whether it is in force.
    private func target(_ submission: Int64) throws -> Target {
        guard
            let row = try connection.execute(
                """
                select s.unit_code, s.fiscal_year,
                       exists (select 1 from intake.current_submission c where c.id = s.id) as in_force
                from intake.submission s where s.id = \(submission) and s.unit_code is not null
                """
            ).first
        else { throw HuizongError.usage(.unknownSubmission(id: submission)) }
        return Target(
            submissionId: submission, unit: try row.decode(String.self, "unit_code"),
            year: try row.decode(Int.self, "fiscal_year"), inForce: try row.decode(Bool.self, "in_force"))
    }

    /// Checks that `actor`, the unit's accountant, may explain warning `finding` of
    /// `submission` now: a warning (errors are corrected, not explained), of the submission
    /// in force, not locked.
    private func writable(_ submission: Int64, finding: String, actor: String) throws -> Target {
        let accounts = ActingAccount(connection: connection)
        try accounts.signIn(actor, roles: [.accountant]) {
            .roleMayNotExplain(account: actor, role: $0, decide: false)
        }
        let target = try self.target(submission)
        try accounts.checkScope(target.unit, actor: actor)
        let severity = try connection.execute(
            "select severity from intake.finding where submission_id = \(submission) and key = \(finding) limit 1"
        ).first?.decode(String.self, "severity")
        guard let severity else {
            throw HuizongError.usage(.unknownFinding(finding: finding, submission: submission))
        }
        guard severity == Severity.warning.rawValue else {
            throw HuizongError.usage(.errorNotExplainable(finding: finding, submission: submission))
        }
        try UnitLock.serialize(unit: target.unit, year: target.year, connection: connection)
        guard target.inForce else {
            throw HuizongError.usage(.explainNotInForce(submission: submission, unit: target.unit, year: target.year))
        }
        if let lock = try UnitLock.find(unit: target.unit, year: target.year, connection: connection) {
            throw HuizongError.usage(
                .explainLocked(
                    submission: submission, unit: target.unit, year: target.year, by: lock.lockedBy, on: lock.lockedOn))
        }
        return target
    }

    private func insert(_ target: Target, finding: String, text: String, from: Int64?, actor: String) throws
        -> Explanation
    {
        try connection.execute(
            """
            insert into intake.explanation
                (submission_id, unit_code, fiscal_year, finding_key, code, text, from_explanation, written_by)
            select \(target.submissionId), \(target.unit), \(target.year), \(finding), f.code, \(text), \(from), \(actor)
            from intake.finding f where f.submission_id = \(target.submissionId) and f.key = \(finding) limit 1
            """)
        try AuditLog(connection: connection).record(
            actor: actor, action: from == nil ? "explain" : "confirm_explanation", unit: target.unit,
            submission: target.submissionId, detail: "\(finding): \(text)")
        return try explanations(submission: target.submissionId)[finding]!
    }

    /// The explanation of each explained finding of `submission`, newest row per finding.
    func explanations(submission: Int64) throws -> [String: Explanation] {
        try load(ExplanationQuery.ofSubmission(submission))
    }

    /// For `findings` of `submission`, the newest explanation of the same unit and finding on
    /// an earlier version of the same year, else of an earlier year.
    func offers(submission: Int64, findings: [String]) throws -> [String: Explanation] {
        try load(ExplanationQuery.offers(submission: submission, findings: findings))
    }

    private func load(_ query: SQLQuery) throws -> [String: Explanation] {
        var found: [String: Explanation] = [:]
        try connection.forEachRow(query) { row in
            let explanation = try ExplanationQuery.explanation(row)
            found[explanation.finding] = explanation
        }
        return found
    }

    /// The longest explanation, in characters (the table's check says the same).
    static let maximumLength = 2000

    private static func trimmed(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

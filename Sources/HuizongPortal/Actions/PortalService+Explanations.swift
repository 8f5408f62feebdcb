import HuizongCore
import Postgres

/// The loop of 审核说明 on the portal: the unit's accountant explains a warning (or
/// confirms the explanation an earlier version or year offers), the office decides on it.
extension PortalService {
    /// What the accountant sends for one warning: a text, or the confirmation of the offer.
    enum ExplanationInput: Sendable {
        /// A text written here.
        case text(String)
        /// The explanation an earlier version or year offers, taken over as it is.
        case confirm
        /// A text from the page's form, which was prefilled with offer `offer`: the same
        /// text confirms that offer (keeping where it came from), another one is written here.
        case form(text: String, offer: Int64?)
    }

    /// An explanation and the fiscal year of its submission (which its origin is labelled for).
    struct ExplanationAnswer: Sendable {
        var explanation: Explanation
        var year: Int
    }

    /// Explains warning `finding` of submission `id` as the signed-in accountant: 403 for
    /// another role, 404 for a submission or finding it does not see, 409 for an error or a
    /// submission that is locked or no longer in force.
    func explain(_ session: Session, id: Int64, finding: String, _ input: ExplanationInput) async throws
        -> ExplanationAnswer
    {
        let actor = session.account.name
        guard session.account.role == .accountant else {
            throw PortalError(
                status: .forbidden,
                refusal: .roleMayNotExplain(account: actor, role: session.account.role, decide: false))
        }
        let policy = self.policy
        return try await database.asAccount(actor) { connection in
            let (year, warning) = try Self.warning(finding, of: id, policy: policy, connection)
            let store = ExplanationStore(connection: connection)
            let explanation = try Self.refusingExplanation {
                switch input {
                case .text(let text):
                    return try store.explain(submission: id, finding: finding, text: text, actor: actor)
                case .confirm:
                    return try store.confirm(submission: id, finding: finding, actor: actor)
                case .form(let text, let offer):
                    if let offered = warning?.offer, offered.id == offer,
                        offered.text == text.trimmingCharacters(in: .whitespacesAndNewlines)
                    {
                        return try store.confirm(submission: id, finding: finding, actor: actor)
                    }
                    return try store.explain(submission: id, finding: finding, text: text, actor: actor)
                }
            }
            return ExplanationAnswer(explanation: explanation, year: year)
        }
    }

    /// The office's (or an admin's) decision on the explanation of warning `finding` of
    /// submission `id`; a rejection needs a comment (400).
    func decide(
        _ session: Session, id: Int64, finding: String, verdict: Explanation.Verdict, comment: String?
    ) async throws -> ExplanationAnswer {
        let actor = session.account.name
        guard session.account.role != .accountant else {
            throw PortalError(
                status: .forbidden,
                refusal: .roleMayNotExplain(account: actor, role: session.account.role, decide: true))
        }
        let policy = self.policy
        return try await database.asAccount(actor) { connection in
            let (year, _) = try Self.warning(finding, of: id, policy: policy, connection)
            let explanation = try Self.refusingExplanation {
                try ExplanationStore(connection: connection).decide(
                    submission: id, finding: finding, verdict: verdict, comment: comment, actor: actor)
            }
            return ExplanationAnswer(explanation: explanation, year: year)
        }
    }

    /// The year of submission `id` and its warning `finding` with its explanation or offer:
    /// 404 for a submission the account does not see or a finding it does not have, 409 for
    /// an error.
    private static func warning(
        _ finding: String, of id: Int64, policy: ExplanationPolicy, _ connection: Connection
    ) throws -> (Int, ExplainedFinding?) {
        guard let record = try SubmissionHistory(connection: connection).submission(id) else {
            throw PortalError.notFound
        }
        let findings = try SubmissionFindings.load(submission: id, connection: connection)
        guard let found = findings.first(where: { $0.id == finding }) else {
            throw PortalError(status: .notFound, refusal: .unknownFinding(finding: finding, submission: id))
        }
        guard found.severity == .warning else {
            throw PortalError.conflict(.errorNotExplainable(finding: finding, submission: id))
        }
        let warning = try ExplanationStore(connection: connection).warnings(submission: id, policy: policy)
            .first { $0.finding.id == finding }
        return (record.fiscalYear, warning)
    }

    /// The store's refusals with their status: a missing or too long text or comment is 400,
    /// a finding it does not know 404, the wrong role 403, the data's state 409.
    private static func refusingExplanation<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch HuizongError.usage(let refusal) {
            switch refusal {
            case .explanationNeedsText, .explanationTooLong, .rejectionNeedsComment:
                throw PortalError.badRequest(refusal)
            case .unknownFinding:
                throw PortalError(status: .notFound, refusal: refusal)
            case .unknownSubmission, .outsideAccountUnits:
                throw PortalError.notFound
            case .roleMayNotExplain, .notSignedInAccount:
                throw PortalError(status: .forbidden, refusal: refusal)
            default:
                throw PortalError.conflict(refusal)
            }
        }
    }
}

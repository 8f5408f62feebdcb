import HuizongCore

/// The 审核说明 on the pages: each warning's explanation and the office's decision, the
/// accountant's form to explain it, the office's form to decide on it.
extension Pages {
    /// A warning row's explanation cell and the form the account may use on it.
    static func warningCells(_ warning: ExplainedFinding?, _ detail: SubmissionDetail, session: Session)
        -> SubmissionPage.WarningCells?
    {
        guard let warning, let key = warning.finding.id else { return nil }
        let year = detail.fiscalYear ?? 0
        let accountant = session.account.role == .accountant
        return SubmissionPage.WarningCells(
            explanation: ExplanationCell(warning.explanation, optional: warning.optional, year: year),
            explainForm: accountant && detail.explainable
                ? ExplainForm(detail.id, key, warning, year: year) : nil,
            decideForm: !accountant && warning.explanation != nil
                ? DecideForm(
                    action: PageURL.path("submissions", String(detail.id), "explanations", key, "decision")) : nil)
    }
}

/// `explanation-cell.mustache`: the text, who wrote it when (and where it was taken over
/// from), and the office's decision; 待说明 while there is none.
struct ExplanationCell {
    let explained: Bool
    let pendingNote: String
    let text: String
    let writtenBy: String
    let writtenAt: String
    /// Where the explanation was taken over from (版本 1, 2021 年度 …).
    let takenOverFrom: String?
    let decision: Decision?

    init(_ explanation: Explanation?, optional: Bool = false, year: Int) {
        explained = explanation != nil
        pendingNote = optional ? "待说明（可不说明）" : "待说明"
        text = explanation?.text ?? ""
        writtenBy = explanation?.writtenBy ?? ""
        writtenAt = explanation.map { OfficeTime.office.page(utc: $0.writtenAt) } ?? ""
        takenOverFrom = explanation?.origin?.label(forYear: year)
        decision = explanation?.decision.map(Decision.init)
    }

    /// `.decision[data-decision]` with who decided when and the comment; 待审定 while undecided.
    struct Decision {
        let verdict: String
        let verdictClass: String
        let verdictLabel: String
        let decidedBy: String
        let decidedAt: String
        let decisionComment: String?

        init(_ decision: Explanation.Decision) {
            verdict = decision.verdict.rawValue
            verdictClass = decision.verdict == .accepted ? "ok" : "error"
            verdictLabel = decision.verdict.chinese
            decidedBy = decision.decidedBy
            decidedAt = OfficeTime.office.page(utc: decision.decidedAt)
            decisionComment = decision.comment
        }
    }
}

/// `explain-form.mustache`: a textarea prefilled with the explanation in force, else the
/// offered one (noted `.offer`: it counts only once submitted here).
struct ExplainForm {
    let action: String
    let finding: String
    let offered: Offered?
    let prefill: String
    let button: String

    /// The offered explanation: its id (the hidden `offer` field) and where it comes from.
    struct Offered {
        let id: Int64
        let origin: String
        let note: String
    }
}

extension ExplainForm {
    init(_ id: Int64, _ key: String, _ warning: ExplainedFinding, year: Int) {
        action = PageURL.path("submissions", String(id), "explanations")
        finding = key
        offered = warning.offer.map { offer in
            let origin = offer.origin?.label(forYear: year) ?? "以前的版本"
            let space = origin.last?.isNumber == true ? " " : ""
            return Offered(id: offer.id, origin: origin, note: "来自\(origin)\(space)的说明，提交后才生效")
        }
        prefill = warning.explanation?.text ?? warning.offer?.text ?? ""
        button = warning.explanation != nil ? "修改说明" : (warning.offer != nil ? "确认说明" : "提交说明")
    }
}

/// `decide-form.mustache`: accept or not, with a comment (needed when not accepted).
struct DecideForm {
    let action: String
}

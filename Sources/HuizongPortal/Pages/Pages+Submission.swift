import Hummingbird
import HuizongCore

extension Pages {
    /// One submission: its outcome, every finding with its explanation (and the forms to
    /// explain or decide on it), and for the office the review forms.
    static func submission(_ detail: SubmissionDetail, session: Session) -> Response {
        let review = detail.record?.review.flatMap { $0.action == .unlock ? nil : $0 }
        let reviewState =
            review.map { $0.action == .approve ? "approved" : "returned" }
            ?? (detail.record?.locked == true ? "approved" : "none")
        let explained = !detail.warnings.isEmpty
        let findings = detail.findings.map { finding in
            let warning = finding.id.flatMap { detail.warnings[$0] }
            return SubmissionPage.Finding(
                findingKey: warning.map { $0.finding.id ?? "" },
                location: finding.cell ?? finding.line.map { "第 \($0) 行" } ?? "整个文件",
                column: finding.column.map { SubmissionVocabulary.chineseColumn($0) ?? $0 } ?? "",
                rule: finding.name(.zh), severityClass: finding.severity == .error ? "error" : "warning",
                severity: Labels.severity(finding.severity), expected: finding.expected(.zh),
                found: finding.found(.zh),
                warningCells: explained ? warningCells(warning, detail, session: session) : nil,
                blankCells: explained && warning?.finding.id == nil)
        }
        let office = session.account.role != .accountant && detail.unitCode != nil && detail.status != "rejected"
        let id = String(detail.id)
        let content = SubmissionPage(
            unit: detail.unitCode ?? "（未识别）", year: detail.fiscalYear.map(String.init) ?? "—",
            version: detail.version.map(String.init) ?? "—", fileName: detail.fileName,
            uploadedBy: detail.uploadedBy, uploadedAt: OfficeTime.office.page(utc: detail.uploadedAt),
            rawHref: PageURL.path("api", "submissions", id, "raw"),
            statusClass: detail.status == "rejected" ? "error" : (detail.status == "accepted" ? "ok" : "warning"),
            status: detail.status, statusLabel: Labels.status(detail.status), reviewState: reviewState,
            reviewText: review.map { reviewText($0) } ?? (reviewState == "none" ? "未审核" : Labels.status(reviewState)),
            reviewedAt: review.map { OfficeTime.office.page(utc: $0.at) }, findings: findings,
            hasFindings: !findings.isEmpty, findingCount: findings.count,
            withExplanations: explained,
            officeForms: office
                ? SubmissionPage.OfficeForms(
                    unexplainedCount: detail.unexplained.isEmpty ? nil : detail.unexplained.count,
                    approveAction: PageURL.path("submissions", id, "approve"),
                    returnAction: PageURL.path("submissions", id, "return")) : nil)
        return page("submission", title: "提交 #\(detail.id)", session: session, content)
    }
}

/// `submission.mustache` with `findings.mustache`.
struct SubmissionPage {
    let unit: String
    let year: String
    let version: String
    let fileName: String
    let uploadedBy: String
    let uploadedAt: String
    let rawHref: String
    let statusClass: String
    let status: String
    let statusLabel: String
    /// `span#review-state[data-state]`: approved, returned or none.
    let reviewState: String
    let reviewText: String
    let reviewedAt: String?
    let findings: [Finding]
    let hasFindings: Bool
    let findingCount: Int
    /// The submission has warnings of a unit: the table shows each one's explanation and form.
    let withExplanations: Bool
    /// For the office: what approval still waits for, and the approve and return forms.
    let officeForms: OfficeForms?

    /// A row of `table#findings`.
    struct Finding {
        /// A warning's id (`tr.finding[data-finding]`).
        let findingKey: String?
        let location: String
        let column: String
        let rule: String
        let severityClass: String
        let severity: String
        let expected: String
        let found: String
        /// A warning's explanation and form, when the table shows explanations.
        let warningCells: WarningCells?
        /// The table shows explanations but this row has none (an error).
        let blankCells: Bool
    }

    /// `td.explanation` and `td.act`: the form the account may use on the warning.
    struct WarningCells {
        let explanation: ExplanationCell
        let explainForm: ExplainForm?
        let decideForm: DecideForm?
    }

    struct OfficeForms {
        /// `p#unexplained`: how many warnings approval still waits for; nil when none.
        let unexplainedCount: Int?
        let approveAction: String
        let returnAction: String
    }
}

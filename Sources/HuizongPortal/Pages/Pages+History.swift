import Hummingbird
import HuizongCore

extension Pages {
    /// Uploads newest first: who uploaded what when, its outcome and review, the raw file.
    static func history(_ records: [SubmissionRecord], unit: String, session: Session) -> Response {
        let rows = records.map { record in
            HistoryPage.Row(
                id: record.id, href: PageURL.path("submissions", String(record.id)), unitCode: record.unitCode,
                year: record.fiscalYear, version: record.version, fileName: record.fileName, status: record.status,
                statusLabel: Labels.status(record.status), review: reviewText(record.review),
                uploadedBy: record.uploadedBy, uploadedAt: OfficeTime.office.page(utc: record.uploadedAt),
                rawHref: PageURL.path("api", "submissions", String(record.id), "raw"))
        }
        return page("history", title: "提交记录", session: session, HistoryPage(unit: unit, rows: rows))
    }

    /// A review in a few words, with its comment.
    static func reviewText(_ review: SubmissionReview?) -> String {
        guard let review else { return "" }
        let word: String
        switch review.action {
        case .approve: word = Labels.status("approved")
        case .return: word = Labels.status("returned")
        case .unlock: word = "已解锁"
        }
        return "\(word)（\(review.actor)）" + (review.comment.map { "：" + $0 } ?? "")
    }
}

/// `history.mustache`.
struct HistoryPage {
    let unit: String
    let rows: [Row]
    let hasRows: Bool

    init(unit: String, rows: [Row]) {
        self.unit = unit
        self.rows = rows
        self.hasRows = !rows.isEmpty
    }

    struct Row {
        let id: Int64
        let href: String
        let unitCode: String
        let year: Int
        let version: Int
        let fileName: String
        let status: String
        let statusLabel: String
        let review: String
        let uploadedBy: String
        let uploadedAt: String
        let rawHref: String
    }
}

import Hummingbird
import HuizongCore

extension Pages {
    /// Uploads newest first: who uploaded what when, its outcome and review, the raw file.
    static func history(_ records: [SubmissionRecord], unit: String, session: Session) -> Response {
        let rows = records.map { record in
            row(
                [
                    "<a href=\"/submissions/\(record.id)\">#\(record.id)</a>", htmlEscaped(record.unitCode),
                    String(record.fiscalYear), String(record.version), htmlEscaped(record.fileName),
                    "<span data-status=\"\(htmlEscaped(record.status))\">\(Labels.status(record.status))</span>",
                    reviewText(record.review),
                    "<span class=\"uploaded-by\">\(htmlEscaped(record.uploadedBy))</span>",
                    htmlEscaped(record.uploadedAt),
                    "<a href=\"/api/submissions/\(record.id)/raw\">下载</a>",
                ])
        }
        let body =
            records.isEmpty
            ? "<p>单位 \(htmlEscaped(unit)) 还没有提交记录。</p>"
            : table(id: "history", ["提交", "单位", "年度", "版本", "文件", "检查结果", "审核", "上传人", "上传时间 (UTC)", "原文件"], rows)
        return page("提交记录", session: session, body)
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
        let comment = review.comment.map { "：" + htmlEscaped($0) } ?? ""
        return "\(word)（\(htmlEscaped(review.actor))）\(comment)"
    }
}

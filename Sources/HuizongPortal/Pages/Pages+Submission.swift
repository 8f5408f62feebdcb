import Hummingbird
import HuizongCore

extension Pages {
    /// One submission: its outcome, every finding with its explanation (and the forms to
    /// explain or decide on it), and for the office the review forms.
    static func submission(_ detail: SubmissionDetail, session: Session) -> Response {
        let statusClass = detail.status == "rejected" ? "error" : (detail.status == "accepted" ? "ok" : "warning")
        var body = """
            <p>单位 \(htmlEscaped(detail.unitCode ?? "（未识别）")) · 年度 \(detail.fiscalYear.map(String.init) ?? "—") · 版本 \(detail.version.map(String.init) ?? "—")</p>
            <p>文件 \(htmlEscaped(detail.fileName))，\(htmlEscaped(detail.uploadedBy)) 于 \(htmlEscaped(detail.uploadedAt)) 上传 ·
            <a id="raw-download" href="/api/submissions/\(detail.id)/raw">下载原文件</a></p>
            <p>检查结果：<span id="submission-status" class="\(statusClass)" data-status="\(htmlEscaped(detail.status))">\(Labels.status(detail.status))</span></p>
            """
        body += reviewBlock(detail.record)
        body += findingsTable(detail, session: session)
        if session.account.role != .accountant, detail.unitCode != nil, detail.status != "rejected" {
            body += unexplainedNote(detail)
            body += reviewForms(detail.id, session: session)
        }
        return page("提交 #\(detail.id)", session: session, body)
    }

    /// The findings; when the submission has warnings of a unit, each row also shows the
    /// warning's explanation and the form the account may use on it.
    static func findingsTable(_ detail: SubmissionDetail, session: Session) -> String {
        let findings = detail.findings
        guard !findings.isEmpty else { return "<p id=\"no-findings\" class=\"ok\">未发现问题。</p>" }
        let explained = !detail.warnings.isEmpty
        let rows = findings.map { finding in
            let warning = finding.id.flatMap { detail.warnings[$0] }
            let data = warning.map { " data-finding=\"\(htmlEscaped($0.finding.id ?? ""))\"" } ?? ""
            let cells =
                [
                    htmlEscaped(finding.cell ?? finding.line.map { "第 \($0) 行" } ?? "整个文件"),
                    htmlEscaped(finding.column.map { SubmissionVocabulary.chineseColumn($0) ?? $0 } ?? ""),
                    htmlEscaped(finding.name(.zh)),
                    "<span class=\"\(finding.severity == .error ? "error" : "warning")\">\(Labels.severity(finding.severity))</span>",
                    htmlEscaped(finding.expected(.zh)), htmlEscaped(finding.found(.zh)),
                ] + (explained ? explanationCells(warning, detail, session: session) : [])
            return row(cells, attributes: "class=\"finding\"" + data)
        }
        let head = ["位置", "列", "规则", "级别", "应为", "实际"] + (explained ? ["审核说明", "操作"] : [])
        return "<h2>发现的问题（\(findings.count)）</h2>" + table(id: "findings", head, rows)
    }

    private static func reviewBlock(_ record: SubmissionRecord?) -> String {
        guard let review = record?.review, review.action != .unlock else {
            let state = record?.locked == true ? "approved" : "none"
            return
                "<p>审核：<span id=\"review-state\" data-state=\"\(state)\">\(state == "none" ? "未审核" : Labels.status(state))</span></p>"
        }
        let state = review.action == .approve ? "approved" : "returned"
        return """
            <p>审核：<span id="review-state" data-state="\(state)">\(reviewText(review))</span> \(htmlEscaped(review.at))</p>
            """
    }

    private static func reviewForms(_ id: Int64, session: Session) -> String {
        """
        <form id="approve" class="block" method="post" action="/submissions/\(id)/approve">\(csrfField(session))
        <label>审核意见（可选） <textarea id="approve-comment" name="comment"></textarea></label>
        <button id="approve-submit" type="submit">审核通过并锁定</button></form>
        <form id="return" class="block" method="post" action="/submissions/\(id)/return">\(csrfField(session))
        <label>退回原因（必填，单位会计可见） <textarea id="return-comment" name="comment" required></textarea></label>
        <button id="return-submit" type="submit">退回修改</button></form>
        """
    }
}

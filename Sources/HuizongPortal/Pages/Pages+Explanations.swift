import HuizongCore

/// The 审核说明 on the pages: each warning's explanation and the office's decision, the
/// accountant's form to explain it, the office's form to decide on it.
extension Pages {
    /// The two cells a finding row gains: `td.explanation` and the form the account may use.
    static func explanationCells(_ warning: ExplainedFinding?, _ detail: SubmissionDetail, session: Session)
        -> [String]
    {
        guard let warning, let key = warning.finding.id else { return ["<td></td>", "<td></td>"] }
        let year = detail.fiscalYear ?? 0
        var form = ""
        if session.account.role == .accountant {
            if detail.explainable { form = explainForm(detail.id, key, warning, year: year, session: session) }
        } else if warning.explanation != nil {
            form = decideForm(detail.id, key, session: session)
        }
        return [explanationCell(warning.explanation, optional: warning.optional, year: year), td(form, class: "act")]
    }

    /// `td.explanation`: the text, who wrote it when (and where it was taken over from), and
    /// the office's decision; 待说明 while there is none.
    static func explanationCell(_ explanation: Explanation?, optional: Bool = false, year: Int) -> String {
        guard let explanation else {
            let note = optional ? "待说明（可不说明）" : "待说明"
            return td(
                "<span class=\"unexplained\">\(note)</span>", class: "explanation", data: ["state": "unexplained"])
        }
        let origin = explanation.origin.map { "，沿用自\(htmlEscaped($0.label(forYear: year)))" } ?? ""
        let html = """
            <div class="explanation-text">\(htmlEscaped(explanation.text))</div>
            <div class="explained-by">\(htmlEscaped(explanation.writtenBy)) 于 \(htmlEscaped(explanation.writtenAt))\(origin)</div>
            \(decision(explanation.decision))
            """
        return td(html, class: "explanation", data: ["state": "explained"])
    }

    /// `.decision[data-decision]` with who decided when and the comment; 待审定 while undecided.
    static func decision(_ decision: Explanation.Decision?) -> String {
        guard let decision else { return "<div class=\"decision-pending\">待财务科审定</div>" }
        let comment = decision.comment.map { "：" + htmlEscaped($0) } ?? ""
        return """
            <div class="decision \(decision.verdict == .accepted ? "ok" : "error")" data-decision="\(decision.verdict.rawValue)">\(decision.verdict.chinese)（\(htmlEscaped(decision.decidedBy)) 于 \(htmlEscaped(decision.decidedAt))）\(comment)</div>
            """
    }

    /// `form.explain`: a textarea prefilled with the explanation in force, else the offered
    /// one (noted `.offer`: it counts only once submitted here).
    static func explainForm(_ id: Int64, _ key: String, _ warning: ExplainedFinding, year: Int, session: Session)
        -> String
    {
        var offer = ""
        if let offered = warning.offer {
            let label = htmlEscaped(offered.origin?.label(forYear: year) ?? "以前的版本")
            offer = """
                <input type="hidden" name="offer" value="\(offered.id)">
                <p class="offer" data-origin="\(label)">来自\(label)\(label.last?.isNumber == true ? " " : "")的说明，提交后才生效</p>
                """
        }
        let text = warning.explanation?.text ?? warning.offer?.text ?? ""
        let button = warning.explanation != nil ? "修改说明" : (warning.offer != nil ? "确认说明" : "提交说明")
        return """
            <form class="explain" method="post" action="/submissions/\(id)/explanations">\(csrfField(session))
            <input type="hidden" name="finding" value="\(htmlEscaped(key))">\(offer)
            <textarea name="text" required maxlength="2000" placeholder="说明该数字为何无误">\(htmlEscaped(text))</textarea>
            <button type="submit">\(button)</button></form>
            """
    }

    /// `form.decide`: accept or not, with a comment (needed when not accepted).
    static func decideForm(_ id: Int64, _ key: String, session: Session) -> String {
        """
        <form class="decide" method="post" action="/submissions/\(id)/explanations/\(htmlEscaped(key))/decision">\(csrfField(session))
        <textarea name="comment" placeholder="意见（不接受时必填）"></textarea>
        <button type="submit" name="decision" value="accepted">接受</button>
        <button type="submit" name="decision" value="rejected">不接受</button></form>
        """
    }

    /// For the office: how many warnings approval still waits for (`p#unexplained`).
    static func unexplainedNote(_ detail: SubmissionDetail) -> String {
        let count = detail.unexplained.count
        guard count > 0 else { return "" }
        return """
            <p id="unexplained" class="warning" data-count="\(count)">还有 \(count) 条警告没有单位的审核说明，说明齐全后才能审核通过。</p>
            """
    }

    /// The run's warnings with their explanations and decisions (`table#run-explanations`).
    static func runExplanations(_ run: RunDetail) -> String {
        guard !run.explanations.isEmpty else { return "" }
        let rows = run.explanations.map { entry in
            let finding = entry.finding
            let submission = finding.submission.map { "<a href=\"/submissions/\($0)\">#\($0)</a>" } ?? ""
            return row(
                [
                    htmlEscaped(finding.unit ?? ""), submission,
                    htmlEscaped(finding.cell ?? finding.line.map { "第 \($0) 行" } ?? ""),
                    htmlEscaped(finding.name(.zh)), htmlEscaped(finding.found(.zh)),
                    explanationCell(entry.explanation, year: run.year),
                ],
                attributes:
                    "class=\"run-warning\" data-unit=\"\(htmlEscaped(finding.unit ?? ""))\" data-finding=\"\(htmlEscaped(finding.id ?? ""))\""
            )
        }
        var html =
            "<h2>警告的审核说明（\(run.explanations.count + run.moreExplanations)）</h2>"
            + table(id: "run-explanations", ["单位", "提交", "位置", "规则", "实际", "审核说明与审定"], rows)
        if run.moreExplanations > 0 { html += "<p>另有 \(run.moreExplanations) 条未列出。</p>" }
        return html
    }
}

import Hummingbird
import HuizongCore

extension Pages {
    /// A node's units for a year: state, newest submission, and the run button.
    static func status(_ view: StatusView, node: String, session: Session) -> Response {
        let year = view.year
        let entries = view.entries
        let rows = entries.map { entry in
            let record = view.newest[entry.code]
            let link = record.map { "<a class=\"review\" href=\"/submissions/\($0.id)\">#\($0.id) 查看</a>" } ?? ""
            let unlock =
                entry.state == "approved"
                ? """
                <form class="unlock" method="post" action="/unlock">\(csrfField(session))
                <input type="hidden" name="unit" value="\(htmlEscaped(entry.code))"><input type="hidden" name="year" value="\(year)">
                <input name="comment" placeholder="解锁原因" required><button type="submit">解锁</button></form>
                """ : ""
            return row(
                [
                    htmlEscaped(entry.code),
                    htmlEscaped(String(repeating: "　", count: max(0, entry.depth - 1)) + entry.name),
                    td(Labels.status(entry.state), class: "state", data: ["state": entry.state]),
                    entry.acceptedVersion.map(String.init) ?? "—", reviewText(record?.review), link + unlock,
                ], attributes: "data-unit=\"\(htmlEscaped(entry.code))\"")
        }
        let inForce = entries.filter { $0.acceptedVersion != nil }.count
        let body = """
            <form method="get" action="/status">单位 <input name="unit" value="\(htmlEscaped(node))" size="8">
            年度 <input name="year" type="number" value="\(year)"><button type="submit">查看</button></form>
            <p>\(inForce) / \(entries.count) 个单位已有有效报送。</p>
            \(table(id: "units", ["代码", "单位", "状态", "有效版本", "审核", "操作"], rows))
            \(latestRun(view.run))
            <form id="run" class="block" method="post" action="/runs">\(csrfField(session))
            <input type="hidden" name="unit" value="\(htmlEscaped(node))"><input type="hidden" name="year" value="\(year)">
            <button id="run-submit" type="submit">立即汇总 \(htmlEscaped(node)) \(year) 年度</button></form>
            <p><a href="/base-data?unit=\(htmlEscaped(node))&amp;year=\(year)">基础数据表</a> ·
            <a href="/totals?unit=\(htmlEscaped(node))&amp;year=\(year)">分类汇总</a> ·
            <a href="/history?unit=\(htmlEscaped(node))&amp;year=\(year)">提交记录</a></p>
            """
        return page("报送情况", session: session, body)
    }

    /// The newest run in one line, with a link to its page (outcome and findings).
    private static func latestRun(_ run: RunDetail?) -> String {
        guard let run else { return "<p id=\"latest-run\">本年度尚未汇总。</p>" }
        let outcome = run.exitCode == 0 ? "完成" : (run.exitCode == 3 ? "完成但不完整" : "失败")
        return """
            <p id="latest-run">最近一次汇总：<a href="/runs/\(run.id)">#\(run.id)</a>（\(htmlEscaped(run.startedAt)) UTC，\(outcome)，\(run.errors) 个错误，\(run.warnings) 个警告）</p>
            """
    }

    /// The audit log, newest first.
    static func audit(_ entries: [AuditEntry], node: String, session: Session) -> Response {
        let rows = entries.map { entry in
            row([
                htmlEscaped(entry.at), htmlEscaped(entry.actor),
                td(htmlEscaped(Labels.auditAction(entry.action)), class: "action", data: ["action": entry.action]),
                htmlEscaped(entry.unitCode ?? ""),
                entry.submissionId.map { "<a href=\"/submissions/\($0)\">#\($0)</a>" } ?? "",
                htmlEscaped(entry.detail ?? ""),
            ])
        }
        return page(
            "审计日志 · \(node)", session: session,
            table(id: "audit", ["时间 (UTC)", "操作人", "操作", "单位", "提交", "说明"], rows))
    }
}

import Hummingbird
import HuizongCore

extension Pages {
    /// A consolidation run: how it ended, what it found, and the way to its tables.
    static func run(_ run: RunDetail, session: Session) -> Response {
        let outcome: String
        switch run.exitCode {
        case 0: outcome = "<span class=\"ok\">汇总完成，数据完整</span>"
        case 3:
            outcome =
                "<span class=\"warning\">汇总完成，但以下单位尚无有效报送：\(htmlEscaped(run.missing.joined(separator: "、")))</span>"
        default: outcome = "<span class=\"error\">汇总失败（\(run.errors) 个错误），结果未发布</span>"
        }
        let query = "unit=\(htmlEscaped(run.node))&amp;year=\(run.year)"
        let rows = run.findings.map { finding in
            row(
                [
                    htmlEscaped(finding.unit ?? ""),
                    htmlEscaped(finding.cell ?? finding.line.map { "第 \($0) 行" } ?? ""),
                    htmlEscaped(finding.name(.zh)), Labels.severity(finding.severity),
                    htmlEscaped(finding.expected(.zh)), htmlEscaped(finding.found(.zh)),
                ])
        }
        var body = """
            <p>节点 \(htmlEscaped(run.node)) · 年度 \(run.year) · 开始于 \(htmlEscaped(run.startedAt)) UTC</p>
            <p id="run-outcome" data-exit="\(run.exitCode)">\(outcome)（\(run.warnings) 个警告）</p>
            <p><a id="base-data-link" href="/base-data?\(query)">基础数据表</a> · <a href="/totals?\(query)">分类汇总</a> · <a href="/status?\(query)">报送情况</a></p>
            """
        if !rows.isEmpty {
            body += table(id: "run-findings", ["单位", "位置", "规则", "级别", "应为", "实际"], rows)
            if run.moreFindings > 0 { body += "<p>另有 \(run.moreFindings) 条未列出。</p>" }
        }
        body += runExplanations(run)
        return page("汇总运行 #\(run.id)", session: session, body)
    }
}

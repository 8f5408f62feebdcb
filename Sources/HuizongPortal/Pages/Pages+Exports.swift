import Hummingbird
import HuizongCore

extension Pages {
    /// The 基础数据表 as a page, with a download link for every format.
    static func baseData(_ table: BaseDataTable, session: Session) -> Response {
        let source = table.source
        let rows = table.rows.map { row in
            Pages.row([
                htmlEscaped(row.label), amount(row.priorActual), amount(row.budgetFinal), amount(row.actual),
            ])
        }
        var body = sourceLine(source)
        if let staffing = table.staffing {
            body +=
                "<p>编制数 \(htmlEscaped(staffing.authorized)) · 实有人数 \(htmlEscaped(staffing.inService)) · 控制率 \(htmlEscaped(staffing.controlRate ?? "—"))%</p>"
        }
        body += Pages.table(id: "base-data", ["项目", "上年决算数（万元）", "本年预算数（万元）", "本年决算数（万元）"], rows)
        body += downloads("base-data", query: "unit=\(source.nodeCode)&year=\(source.fiscalYear)")
        return page("基础数据表", session: session, body)
    }

    /// Totals by a classification or by unit.
    static func totals(_ rows: [TotalsTable.Row], node: String, year: Int, by: TotalsTable.Dimension, session: Session)
        -> Response
    {
        let tabs = TotalsTable.Dimension.allCases.map { dimension in
            "<a href=\"/totals?unit=\(htmlEscaped(node))&amp;year=\(year)&amp;by=\(dimension.rawValue)\">\(dimensionName(dimension))</a>"
        }.joined(separator: " · ")
        let cells = rows.map { row in
            Pages.row([
                htmlEscaped(row.code), htmlEscaped(String(repeating: "　", count: max(0, row.level - 1)) + row.name),
                amount(row.basic), amount(row.project), amount(row.total),
            ])
        }
        var body = "<p>\(tabs)</p>"
        body += table(id: "totals", ["代码", "名称", "基本支出（万元）", "项目支出（万元）", "合计（万元）"], cells)
        body += downloads("totals", query: "unit=\(node)&year=\(year)&by=\(by.rawValue)")
        return page("分类汇总 · \(dimensionName(by))", session: session, body)
    }

    static func dimensionName(_ dimension: TotalsTable.Dimension) -> String {
        switch dimension {
        case .econ: return "按经济分类"
        case .func: return "按功能分类"
        case .unit: return "按单位"
        }
    }

    private static func sourceLine(_ source: ExportSource) -> String {
        var line =
            "<p>\(htmlEscaped(source.nodeName))（\(htmlEscaped(source.nodeCode))）· \(source.fiscalYear) 年度 · 汇总运行 #\(source.runId)"
        if !source.complete {
            line += " · <span class=\"warning\">不完整：缺 \(htmlEscaped(source.missingUnits.joined(separator: "、")))</span>"
        }
        return line + "</p>"
    }

    private static func amount(_ value: ExportAmount?) -> String {
        td(value.map { htmlEscaped($0.wan) } ?? "", class: "amount")
    }

    private static func downloads(_ table: String, query: String) -> String {
        let links = ExportFormat.allCases.map { format in
            "<a class=\"download\" data-format=\"\(format.rawValue)\" href=\"/api/exports/\(table)?\(htmlEscaped(query))&amp;format=\(format.rawValue)\">\(format.rawValue.uppercased())</a>"
        }.joined(separator: " · ")
        return "<p>下载：\(links)</p>"
    }
}

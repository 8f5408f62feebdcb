import XLSX

/// Attachment 2 of the report, the 自评表, as the reference report lays it out on one A4
/// page: the funds row and its splits, 年度总体目标 (left to the office), then the indicator
/// rows under 一级 and 二级指标 merged down their rows, and 总分.
///
/// Columns: A the block labels; B–I the table (B 一级指标, C 二级指标, D 三级指标, E 年度指标值,
/// F 实际完成值, G 分值, H 得分, I 偏差原因分析及改进措施).
struct SelfEvaluationWorkbook {
    let figures: ReportFigures
    private var sheet = Worksheet(name: "自评表")
    private var row = 1

    init(figures: ReportFigures) {
        self.figures = figures
    }

    /// The workbook's bytes.
    static func bytes(of figures: ReportFigures) throws -> [UInt8] {
        var layout = SelfEvaluationWorkbook(figures: figures)
        return try Workbook(sheets: [layout.build()]).bytes()
    }

    private mutating func build() -> Worksheet {
        title()
        funds()
        goals()
        indicators()
        sheet.columnWidths = [1: 8, 2: 12, 3: 14, 4: 24, 5: 18, 6: 18, 7: 7, 8: 7, 9: 24]
        sheet.pageSetup = PageSetup(
            orientation: .portrait, fitToOnePage: true,
            printArea: CellRange(CellReference(row: 1, column: 1), CellReference(row: row - 1, column: 9)))
        return sheet
    }

    private mutating func title() {
        put(1, .text("附件2"), style: SheetStyles.footer)
        row += 1
        span(1, 9, .text("\(figures.source.fiscalYear)年度部门整体支出绩效自评表"), style: SheetStyles.title)
        sheet.rowHeights[row - 1] = 30
        if figures.draft {
            span(
                1, 9, .text("草稿：汇总不完整，缺少单位：" + figures.source.missingUnits.joined(separator: "、")),
                style: SheetStyles.note)
        }
        put(1, .text("预算部门"), style: SheetStyles.label)
        span(2, 9, .text(figures.source.nodeName), style: SheetStyles.label)
    }

    private mutating func funds() {
        let funds = figures.funds
        let evaluation = figures.selfEvaluation
        let first = row
        let headings = ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
        for (offset, heading) in headings.enumerated() { put(2 + offset, .text(heading), style: SheetStyles.heading) }
        sheet.merge(range(row, 8, row, 9), style: SheetStyles.heading)
        row += 1
        put(2, .text("年度资金总额"), style: SheetStyles.label)
        for (offset, amount) in [funds.initial, funds.final, funds.actual].enumerated() {
            put(3 + offset, .number(amount.wan), style: SheetStyles.amount)
        }
        put(6, evaluation.map { .number($0.fundsWeight.description) }, style: SheetStyles.points)
        put(7, funds.executionRate.map { .text($0 + "%") }, style: SheetStyles.points)
        sheet.merge(range(row, 8, row, 9), style: SheetStyles.points)
        put(8, evaluation?.fundsScore.map { .number($0.description) }, style: SheetStyles.points)
        row += 1
        let pairs: [(String, String)] = [
            ("按收入性质分：", "按支出性质分："),
            ("其中：一般公共预算：\(funds.generalPublic.wan)", "其中：基本支出：\(funds.basic.wan)"),
            ("政府性基金拨款：\(funds.governmentFund.wan)", "项目支出：\(funds.project.wan)"),
            ("纳入专户管理的非税收入拨款：\(funds.specialAccount?.wan ?? "")", ""),
            ("其他资金：\(funds.other.wan)", ""),
        ]
        for (left, right) in pairs {
            span(2, 5, .text(left), style: SheetStyles.label)
            span(6, 9, .text(right), style: SheetStyles.label)
        }
        sheet.merge(range(first, 1, row - 1, 1), style: SheetStyles.heading)
        put(1, .text("年度预算申请（万元）"), at: first, style: SheetStyles.heading)
    }

    /// 年度总体目标: the office's text, not in the data; the cells are left to fill.
    private mutating func goals() {
        sheet.merge(range(row, 1, row + 1, 1), style: SheetStyles.heading)
        put(1, .text("年度总体目标"), style: SheetStyles.heading)
        span(2, 5, .text("预期目标"), style: SheetStyles.heading)
        row -= 1
        span(6, 9, .text("实际完成情况"), style: SheetStyles.heading)
        span(2, 5, nil, style: SheetStyles.paragraph)
        row -= 1
        span(6, 9, nil, style: SheetStyles.paragraph)
        sheet.rowHeights[row - 1] = 60
    }

    private mutating func indicators() {
        let first = row
        let headings = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
        for (offset, heading) in headings.enumerated() { put(2 + offset, .text(heading), style: SheetStyles.heading) }
        row += 1
        let rows = figures.selfEvaluation?.indicators ?? []
        let edition = figures.selfEvaluation
        mergeRuns(rows.map(\.row.level1), column: 2) { name in
            Self.levelLabel(name, rows.filter { $0.row.level1 == name })
        }
        mergeRuns(rows.map { "\($0.row.level1)\u{1F}\($0.row.level2)" }, column: 3) { key in
            let level2 = String(key.split(separator: "\u{1F}").last ?? "")
            return Self.levelLabel(level2, rows.filter { "\($0.row.level1)\u{1F}\($0.row.level2)" == key })
        }
        for indicator in rows {
            put(4, .text(indicator.row.name), style: SheetStyles.label)
            put(5, .text(indicator.row.target), style: SheetStyles.label)
            put(6, indicator.actual.map { .text($0) }, style: SheetStyles.label)
            put(7, .number(indicator.row.weight.description), style: SheetStyles.points)
            put(8, .number(indicator.score.description), style: SheetStyles.points)
            put(9, indicator.row.reason.map { .text($0) }, style: SheetStyles.paragraph)
            row += 1
        }
        // Without indicator rows (none loaded yet) the heading row stands alone: nothing to merge.
        if row - 1 > first { sheet.merge(range(first, 1, row - 1, 1), style: SheetStyles.heading) }
        put(1, .text("绩效指标"), at: first, style: SheetStyles.heading)
        sheet.merge(range(row, 1, row, 6), style: SheetStyles.heading)
        put(1, .text("总分"), style: SheetStyles.heading)
        put(7, edition.map { .number($0.max.description) }, style: SheetStyles.points)
        put(8, edition.map { .number($0.total.description) }, style: SheetStyles.points)
        put(9, nil, style: SheetStyles.label)
        row += 1
    }

    /// `产出指标（50分）`: a level and the weights of its rows.
    private static func levelLabel(_ name: String, _ rows: [ScoredIndicator]) -> String {
        "\(name)（\(rows.reduce(Points.zero) { $0 + $1.row.weight })分）"
    }

    /// Merges each run of equal `keys` (one per indicator row, from the current row) down
    /// `column`, labelled by `label`.
    private mutating func mergeRuns(_ keys: [String], column: Int, label: (String) -> String) {
        var start = 0
        while start < keys.count {
            var end = start
            while end + 1 < keys.count, keys[end + 1] == keys[start] { end += 1 }
            if end > start { sheet.merge(range(row + start, column, row + end, column), style: SheetStyles.label) }
            sheet.set(
                CellReference(row: row + start, column: column), .text(label(keys[start])), style: SheetStyles.label)
            start = end + 1
        }
    }

    private mutating func put(_ column: Int, _ content: CellContent?, at line: Int? = nil, style: CellStyle) {
        let reference = CellReference(row: line ?? row, column: column)
        if let content { sheet.set(reference, content, style: style) } else { sheet.style(reference, style) }
    }

    /// `content` in columns `from`…`to` of the current row, merged; moves to the next row.
    private mutating func span(_ from: Int, _ to: Int, _ content: CellContent?, style: CellStyle) {
        sheet.merge(range(row, from, row, to), style: style)
        put(from, content, style: style)
        row += 1
    }

    private func range(_ top: Int, _ left: Int, _ bottom: Int, _ right: Int) -> CellRange {
        CellRange(CellReference(row: top, column: left), CellReference(row: bottom, column: right))
    }
}

extension ReportFigures {
    /// Attachment 2 alone, the 自评表, as an XLSX workbook in the official layout.
    public func renderXLSX(to sink: OutputSink) throws {
        sink.write(bytes: try SelfEvaluationWorkbook.bytes(of: self))
    }
}

extension ReportFigures {
    /// Attachment 2, the 自评表, as blocks: the funds row (its weight and score once the
    /// office's rows are loaded), its splits, then the indicator rows scored with 总分 and
    /// the notes on them; before any rows are loaded, the cost indicators the data computes.
    var attachmentTwo: [ReportBlock] {
        let evaluation = selfEvaluation
        var blocks: [ReportBlock] = [
            .heading("\(source.fiscalYear)年度部门整体支出绩效自评表", level: 3), .paragraph("预算部门：\(source.nodeName)"),
            .table(fundsTable(evaluation)), .table(fundsSplitTable),
        ]
        guard let evaluation else {
            let cost = ReportTable(
                head: ["三级指标", "实际完成值"], rows: costIndicators.map { [$0.name, Self.percent($0.value)] },
                numeric: [false, true], widths: [6, 3])
            blocks += [.paragraph("成本指标（由数据计算）："), .table(cost)]
            return blocks + [.note("绩效指标尚未载入：由办公室填写自评表模板后载入（huizong report indicators）。")]
        }
        blocks.append(.table(indicatorTable(evaluation)))
        let remarks = notes.filter { $0.code.rawValue.hasPrefix("indicator_") }
        return blocks + remarks.map { .note("注：\($0.message(.zh))") }
    }

    /// `97.85%`, or the office's placeholder for an unsupported rate.
    private static func percent(_ rate: String?) -> String { rate.map { "\($0)%" } ?? "（由办公室填写）" }

    private func fundsTable(_ evaluation: SelfEvaluation?) -> ReportTable {
        ReportTable(
            head: ["年度预算申请（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            rows: [
                [
                    "年度资金总额", funds.initial.wan, funds.final.wan, funds.actual.wan,
                    evaluation?.fundsWeight.description ?? "", Self.percent(funds.executionRate),
                    evaluation?.fundsScore?.description ?? "",
                ]
            ],
            numeric: [false] + Array(repeating: true, count: 6), widths: [5, 3, 3, 3, 2, 3, 2],
            keys: [[nil, "funds.initial", "funds.final", "funds.actual"]])
    }

    private var fundsSplitTable: ReportTable {
        ReportTable(
            head: ["按收入性质分", "万元", "按支出性质分", "万元"],
            rows: [
                ["一般公共预算", funds.generalPublic.wan, "基本支出", funds.basic.wan],
                ["政府性基金拨款", funds.governmentFund.wan, "项目支出", funds.project.wan],
                ["纳入专户管理的非税收入拨款", funds.specialAccount?.wan ?? "（由办公室填写）", "", ""],
                ["其他资金", funds.other.wan, "", ""],
            ], numeric: [false, true, false, true], widths: [6, 3, 4, 3],
            keys: [
                [nil, "funds.general_public", nil, "funds.basic"],
                [nil, "funds.government_fund", nil, "funds.project"],
                [], [nil, "funds.other"],
            ])
    }

    /// The indicator rows, a level printed on its first row only and merged down over the
    /// rows it heads (where the format can), a computed actual marked, and 总分 (the funds
    /// row's score and every row's) against the edition's total.
    private func indicatorTable(_ evaluation: SelfEvaluation) -> ReportTable {
        var rows: [[String]] = []
        var previous: (String, String)?
        for indicator in evaluation.indicators {
            let row = indicator.row
            let level1 = previous?.0 == row.level1 ? "" : row.level1
            let level2 = previous.map { $0 == (row.level1, row.level2) } == true ? "" : row.level2
            previous = (row.level1, row.level2)
            let actual = (indicator.actual ?? "") + (indicator.computed ? "（数据计算）" : "")
            rows.append([
                level1, level2, row.name, row.target, actual, row.weight.description, indicator.score.description,
                row.reason ?? "",
            ])
        }
        let levels = evaluation.indicators.map { [$0.row.level1, $0.row.level2] }
        let width = 8
        rows.append(["总分", "", "", "", "", evaluation.max.description, evaluation.total.description, ""])
        var table = ReportTable(
            head: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], rows: rows,
            numeric: [false, false, false, false, false, true, true, false], widths: [3, 3, 5, 4, 4, 2, 2, 7])
        table.rowSpans =
            ReportTable.spans(values: levels, columns: 2, width: width) + [Array(repeating: 1, count: width)]
        return table
    }
}

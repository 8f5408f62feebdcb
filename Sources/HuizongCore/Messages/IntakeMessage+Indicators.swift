/// The messages of the office's indicator rows of the 自评表 (`huizong report indicators`),
/// code `indicator`, one shape each. Rows are located by cell (workbook) or by line and
/// column (CSV), as a submission's are.
extension IntakeMessage {
    /// Whether the shape is a warning: the rows are stored, and the report says the same.
    public var isIndicatorWarning: Bool {
        [.indicatorComputedActual, .indicatorTargetNotMet, .indicatorFullWeight].contains(self)
    }

    /// The expected and found texts of an indicator message; nil for the other messages.
    var indicatorTexts: (expected: Texts, found: Texts)? {
        rowTexts ?? scoringTexts
    }

    private static let emptyCell: Texts = ("an empty cell", "空单元格")

    /// A row's own cells.
    private var rowTexts: (expected: Texts, found: Texts)? {
        switch self {
        case .indicatorHeader:
            (("a header row with the columns {columns}", "含以下列的表头：{columns}"), ("no column {header}", "没有“{header}”列"))
        case .indicatorNoRows: (("at least one indicator row", "至少一行绩效指标"), ("none", "没有"))
        case .indicatorEmpty: (("a value in column {header}", "“{header}”列的值"), Self.emptyCell)
        case .indicatorLevel1:
            (
                ("one of the 一级指标 of scoring edition {edition}: {levels}", "评分版本 {edition} 的一级指标之一：{levels}"),
                ("{found}", "{found}")
            )
        case .indicatorLevel2:
            (
                (
                    "one of the 二级指标 under {level1} in scoring edition {edition}: {levels}",
                    "评分版本 {edition} 中“{level1}”下的二级指标之一：{levels}"
                ),
                ("{found}", "{found}")
            )
        case .indicatorWeight:
            (
                ("a weight in points above zero, at most two decimals, e.g. 4", "大于零的分值，最多两位小数，例如 4"),
                ("{found}", "{found}")
            )
        case .indicatorScore:
            (
                ("a score in points, at most two decimals, e.g. 3, or an empty cell", "得分，最多两位小数，例如 3，或留空"),
                ("{found}", "{found}")
            )
        case .indicatorDuplicate:
            (
                ("each 三级指标 once under its 一级 and 二级指标", "同一一级、二级指标下每个三级指标只出现一次"),
                ("{indicator} again (first at {first})", "再次出现“{indicator}”（首次在 {first}）")
            )
        default: nil
        }
    }

    /// The scores, the reasons and the weights against the edition.
    private var scoringTexts: (expected: Texts, found: Texts)? {
        switch self {
        case .indicatorScoreAboveWeight:
            (("a score of at most the weight {weight}", "不超过分值 {weight} 的得分"), ("{found}", "{found}"))
        case .indicatorScoreMissing:
            (
                (
                    "the office's score: the actual {actual|empty} does not meet the target {target}, or the data "
                        + "cannot decide it",
                    "办公室评定的得分：实际完成值 {actual|empty} 未达到年度指标值 {target}，或无法由数据判定"
                ),
                Self.emptyCell
            )
        case .indicatorReasonMissing:
            (
                (
                    "the reason for the deviation and the improvement: the score {score} is below the weight {weight}",
                    "偏差原因分析及改进措施：得分 {score} 低于分值 {weight}"
                ),
                Self.emptyCell
            )
        case .indicatorLevelWeight:
            (
                (
                    "weights adding up to {expected} under {level} (scoring edition {edition})",
                    "“{level}”下各行分值合计为 {expected}（评分版本 {edition}）"
                ),
                ("{found}", "合计 {found}")
            )
        case .indicatorComputedActual:
            (
                ("{computed}, computed from the data: the report prints {computed}", "{computed}（由数据计算，报告使用此值）"),
                ("{found}", "{found}")
            )
        case .indicatorTargetNotMet:
            (
                (
                    "a score below the weight with its reason: the actual {actual} does not meet the target {target}",
                    "低于分值的得分及偏差原因：实际完成值 {actual} 未达到年度指标值 {target}"
                ),
                ("the full weight {found}; the office's score stands", "满分 {found}；按办公室评定的得分计")
            )
        case .indicatorFullWeight:
            (
                (
                    "the full weight {weight}: the actual meets the target {target}, and the report counts {weight}",
                    "满分 {weight}：实际完成值达到年度指标值 {target}，报告按 {weight} 计分"
                ),
                ("{found}", "{found}")
            )
        default: nil
        }
    }
}

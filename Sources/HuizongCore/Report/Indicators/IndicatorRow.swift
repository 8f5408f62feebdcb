/// One row of the 自评表 as the office typed it (`report.indicator`): 一级/二级/三级指标,
/// 年度指标值, 实际完成值, 分值, 得分 (nil: left to the edition), 偏差原因分析及改进措施, and the
/// cost indicator the data computes its actual as, if any.
public struct IndicatorRow: Sendable, Equatable {
    public var level1: String
    public var level2: String
    public var name: String
    public var target: String
    public var actual: String?
    public var weight: Points
    public var score: Points?
    public var reason: String?
    /// `ReportFigures.CostIndicator.key` when the actual comes from the data.
    public var computedKey: String?

    /// A row from all of its cells.
    public init(
        level1: String, level2: String, name: String, target: String, actual: String?, weight: Points,
        score: Points?, reason: String?, computedKey: String? = nil
    ) {
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.target = target
        self.actual = actual
        self.weight = weight
        self.score = score
        self.reason = reason
        self.computedKey = computedKey
    }
}

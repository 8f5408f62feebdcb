/// The columns of the office's indicator file, as the 自评表 prints them: the header may use
/// the Chinese names (the template's) or the English ones (the raw values).
public enum IndicatorColumn: String, CaseIterable, Sendable {
    case level1
    case level2
    case indicator
    case target
    case actualValue = "actual_value"
    case weight
    case score
    case reason

    /// The 自评表's own heading.
    public var chineseName: String {
        switch self {
        case .level1: "一级指标"
        case .level2: "二级指标"
        case .indicator: "三级指标"
        case .target: "年度指标值"
        case .actualValue: "实际完成值"
        case .weight: "分值"
        case .score: "得分"
        case .reason: "偏差原因分析及改进措施"
        }
    }

    /// The column a header cell names, spaces and line breaks ignored (the printed table
    /// breaks 年度\n指标值 over two lines).
    static func named(_ header: String) -> IndicatorColumn? {
        let compact = header.filter { !$0.isWhitespace }
        return allCases.first { $0.rawValue == compact.lowercased() || $0.chineseName == compact }
    }

    /// Cells the office must fill on every row.
    var isRequired: Bool {
        [.level1, .level2, .indicator, .target, .weight].contains(self)
    }
}

import Foundation

/// What a printed figure counts: money (with its factor to 元), a percentage, percentage points, or things.
public enum FigureUnit: Hashable, Sendable {
    /// Money; `yuan` is how many 元 one unit is (1 for 元, 10 000 for 万元, 10^8 for 亿元).
    case money(yuan: Decimal)
    case percent
    case points
    /// Things counted with a measure word (名, 人, 个, 家, 分 …): exact, never rounded.
    case count(String)

    /// Units that sums and differences may mix: all money is one family.
    public var family: String {
        switch self {
        case .money: "money"
        case .percent: "percent"
        case .points: "points"
        case .count(let word): "count:" + word
        }
    }

    /// Whether printed values were rounded (money, rates), so sums may miss by rounding.
    public var isRounded: Bool {
        if case .count = self { return false }
        return true
    }

    /// How many 元 (or 1 for other units) one printed unit is.
    public var factor: Decimal {
        if case .money(let yuan) = self { return yuan }
        return 1
    }

    /// The unit words the scanner knows, longest first so `万元` wins over `元`.
    static let words: [(String, FigureUnit)] = [
        ("个百分点", .points), ("百分点", .points), ("万元", .money(yuan: 10_000)), ("亿元", .money(yuan: 100_000_000)),
        ("元", .money(yuan: 1)), ("%", .percent), ("名", .count("名")), ("人", .count("人")), ("个", .count("个")),
        ("家", .count("家")), ("分", .count("分")), ("台", .count("台")), ("辆", .count("辆")), ("项", .count("项")),
        ("户", .count("户")), ("所", .count("所")), ("次", .count("次")), ("场", .count("场")),
    ]
}

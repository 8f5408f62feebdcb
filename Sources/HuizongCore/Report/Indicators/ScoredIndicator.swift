/// A row of the 自评表 as the report prints and counts it: the office's row, the actual in
/// force (the computed value where the data computes it), the target's verdict and the
/// score the total counts, with what the report must say about it.
public struct ScoredIndicator: Sendable {
    public var row: IndicatorRow
    /// The actual printed: the computed `97.85%` for a cost indicator, else the office's.
    public var actual: String?
    /// Whether `actual` came from the data.
    public var computed: Bool
    public var verdict: IndicatorTarget.Verdict
    /// The score counted: the full weight when the target is met, else the office's.
    public var score: Points
    public var remarks: [Remark]

    /// What the report (and the loader, as a warning) says about a row.
    public enum Remark: Sendable, Equatable {
        /// The office typed `typed`; the data gives `computed`, which the report uses.
        case actualDiffers(typed: String, computed: String)
        /// The actual does not meet the target, yet the office gave the full weight.
        case targetNotMet(actual: String, target: String, score: Points)
        /// The target is met: the full weight counts, not the office's lower `typed`.
        case fullWeight(typed: Points, weight: Points)
        /// The target is not met (or not decidable) and the office gave no score: 0 counts.
        case scoreMissing
    }
}

/// Scores the office's rows by an edition against the run's cost indicators.
public enum IndicatorScoring {
    /// Each row scored; `costIndicators` maps a cost indicator's key to its value (`"97.85"`).
    public static func score(
        _ rows: [IndicatorRow], edition: ScoringEdition, costIndicators: [String: String?]
    ) -> [ScoredIndicator] {
        rows.map { score($0, edition: edition, costIndicators: costIndicators) }
    }

    static func score(
        _ row: IndicatorRow, edition: ScoringEdition, costIndicators: [String: String?]
    ) -> ScoredIndicator {
        var remarks: [ScoredIndicator.Remark] = []
        var actual = row.actual
        var computed = false
        if let key = row.computedKey ?? edition.computedKey(row.name), let value = costIndicators[key] ?? nil {
            let shown = value + "%"
            if let typed = row.actual, !sameFigure(typed, shown) {
                remarks.append(.actualDiffers(typed: typed, computed: shown))
            }
            actual = shown
            computed = true
        }
        let verdict = IndicatorTarget.judge(target: row.target, actual: actual, bare: edition.targets.bare)
        let score: Points
        if verdict == .met {
            score = row.weight
            if let typed = row.score, typed != row.weight {
                remarks.append(.fullWeight(typed: typed, weight: row.weight))
            }
        } else if let typed = row.score {
            score = typed
            if verdict == .notMet, typed == row.weight {
                remarks.append(.targetNotMet(actual: actual ?? "", target: row.target, score: typed))
            }
        } else {
            score = .zero
            remarks.append(.scoreMissing)
        }
        return ScoredIndicator(
            row: row, actual: actual, computed: computed, verdict: verdict, score: score, remarks: remarks)
    }

    /// `100%` and `100.00%` are one figure; `98%` and `97.85%` are not.
    static func sameFigure(_ typed: String, _ computed: String) -> Bool {
        guard let left = IndicatorTarget.Quantity(typed), let right = IndicatorTarget.Quantity(computed) else {
            return typed == computed
        }
        return left.value == right.value && (left.unit == right.unit || left.unit.isEmpty)
    }
}

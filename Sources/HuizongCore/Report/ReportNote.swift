/// A note of the report (`notes[]`): a rounding difference or a figure the data cannot
/// support, as a code with typed arguments; the texts in both languages come from one
/// catalogue (`ReportNote+Messages.swift`), like findings and refusals.
public struct ReportNote: Sendable, Equatable {
    /// What the note says; the raw value is its stable code.
    public enum Code: String, Sendable, CaseIterable {
        /// Parts of `figure` rounded to 万元 add to `parts_sum`, not to its rounded `total`.
        case roundingParts = "rounding_parts"
        /// The shares of `figure` rounded to two decimals add to `sum`, not to 100.00.
        case roundingShares = "rounding_shares"
        /// `figure` is a rate whose base `base` is zero or missing: left to the office.
        case noBase = "no_base"
        /// No unit declared `figure`: left to the office.
        case notDeclared = "not_declared"
        /// The submission format has no item for `figure`: left to the office.
        case notInFormat = "not_in_format"
        /// The submission format has no state capital or social insurance fund budget;
        /// sections 四 and 五 say the department has none on that ground.
        case budgetTypeNotInFormat = "budget_type_not_in_format"
        /// The office's prose for `part` is not written yet.
        case proseMissing = "prose_missing"
        /// A draft from run `run`, which lacks the units `missing`.
        case draft
        /// The office's indicator rows of attachment 2 are not loaded yet.
        case indicatorsMissing = "indicators_missing"
        /// The office typed `typed` as the actual of `indicator`; the data gives `computed`,
        /// which the report prints and scores.
        case indicatorActualDiffers = "indicator_actual_differs"
        /// `indicator`'s actual `actual` does not meet `target`; the office's full `score` stands.
        case indicatorTargetNotMet = "indicator_target_not_met"
        /// `indicator` meets its target: the full `weight` counts, not the office's `typed`.
        case indicatorFullWeight = "indicator_full_weight"
        /// `indicator` has no score while its target is not met: it counts 0.
        case indicatorScoreMissing = "indicator_score_missing"
    }

    public var code: Code
    public var args: FindingArgs

    /// A note of `code` with `args`.
    public init(_ code: Code, _ args: FindingArgs = [:]) {
        self.code = code
        self.args = args
    }
}

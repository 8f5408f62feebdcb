/// Every kind of finding the report checker makes, with its severity and its texts in English and Chinese.
public enum CheckCode: String, Sendable, CaseIterable {
    case sumMismatch = "sum_mismatch"
    case sumRounding = "sum_rounding"
    case partsExceedTotal = "parts_exceed_total"
    case shareMismatch = "share_mismatch"
    case shareTruncated = "share_truncated"
    case shareRounding = "share_rounding"
    case sharesTotal = "shares_total"
    case changeMismatch = "change_mismatch"
    case changeRounding = "change_rounding"
    case changeDirection = "change_direction"
    case rateMismatch = "rate_mismatch"
    case rateTruncated = "rate_truncated"
    case priorInconsistent = "prior_inconsistent"
    case blankFigure = "blank_figure"
    case dataMismatch = "data_mismatch"
    case rateUnsupported = "rate_unsupported"
    case columnCopied = "column_copied"

    public var severity: CheckSeverity {
        switch self {
        case .sumRounding, .shareRounding, .changeRounding: .note
        case .shareTruncated, .rateTruncated, .rateUnsupported, .columnCopied: .warning
        default: .error
        }
    }

    /// The text with `{argument}` placeholders.
    public func template(_ language: CheckLanguage) -> String {
        let (english, chinese) = texts
        return language == .zh ? chinese : english
    }
}

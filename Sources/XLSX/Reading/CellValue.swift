/// A cell's stored value, kept as the workbook wrote it.
public enum CellValue: Sendable, Equatable {
    /// No value: a styled blank cell, or a formula without a cached result.
    case empty
    /// The exact lexical text stored in `<v>`, such as `1234.56` or `1.5E-2`; never converted through a binary float.
    case number(String)
    /// A shared string, an inline string or a formula's string result; rich text runs are concatenated.
    case text(String)
    /// A boolean (`t="b"`).
    case boolean(Bool)
    /// An error value (`t="e"`), such as `#DIV/0!`.
    case error(String)
    /// A date stored as ISO 8601 text (`t="d"`), as written.
    case date(String)
}

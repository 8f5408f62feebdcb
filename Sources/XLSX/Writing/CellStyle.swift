/// How a cell looks: font, alignment, border, number format, fill and protection.
///
/// Equal styles share one entry (`xf`) in the workbook's style sheet; `CellStyle()` is entry 0, the default.
public struct CellStyle: Hashable, Sendable {
    /// Horizontal alignment of the cell's content.
    public enum Alignment: Hashable, Sendable {
        /// Text left, numbers right: the spreadsheet's own choice.
        case general
        /// Flush left.
        case left
        /// Centered.
        case center
        /// Flush right.
        case right
    }

    /// How a number is displayed; the stored value never changes.
    public enum NumberFormat: Hashable, Sendable {
        /// As typed.
        case general
        /// `0.00`, two decimals.
        case decimal2
        /// `0`, no decimals.
        case integer
        /// `@`, shown as text.
        case text
        /// `0.00%`, a percentage with two decimals.
        case percent2
        /// Any other format code, such as `#,##0.00`; gets a custom id from 164 on.
        case custom(String)
    }

    /// Bold font.
    public var bold = false
    /// Font size in points.
    public var fontSize: Double = 11
    /// Horizontal alignment.
    public var horizontal: Alignment = .general
    /// Center the content vertically (otherwise bottom, the spreadsheet default).
    public var verticalCenter = true
    /// Wrap long text onto several lines.
    public var wrap = false
    /// A thin border on all four sides.
    public var border = false
    /// Indent level; applies to left or right alignment (general alignment becomes left).
    public var indent = 0
    /// Display format for numbers.
    public var numberFormat: NumberFormat = .general
    /// Solid fill color as ARGB (`FFF2F2F2`) or RGB (`F2F2F2`) hex; nil for no fill.
    public var fill: String? = nil
    /// Locked against editing once the sheet is protected.
    public var locked = true

    /// A style; every argument defaults to the plain 11 pt 宋体 cell, vertically centered.
    public init(
        bold: Bool = false, fontSize: Double = 11, horizontal: Alignment = .general, verticalCenter: Bool = true,
        wrap: Bool = false, border: Bool = false, indent: Int = 0, numberFormat: NumberFormat = .general,
        fill: String? = nil, locked: Bool = true
    ) {
        self.bold = bold
        self.fontSize = fontSize
        self.horizontal = horizontal
        self.verticalCenter = verticalCenter
        self.wrap = wrap
        self.border = border
        self.indent = indent
        self.numberFormat = numberFormat
        self.fill = fill
        self.locked = locked
    }
}

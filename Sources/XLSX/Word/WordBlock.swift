/// One block of a document's body.
public enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
    /// A picture in a paragraph of its own, centred.
    case image(WordImage)
}

/// A paragraph: a style and runs of text.
public struct WordParagraph: Sendable {
    /// The id of a `WordParagraphStyle` of the document.
    public var style: String
    public var runs: [WordRun]
    /// Start a new page before it.
    public var pageBreakBefore = false
    /// Overrides the style's alignment.
    public var alignment: WordAlignment?

    /// A paragraph in `style` with `runs`.
    public init(style: String, runs: [WordRun], pageBreakBefore: Bool = false, alignment: WordAlignment? = nil) {
        self.style = style
        self.runs = runs
        self.pageBreakBefore = pageBreakBefore
        self.alignment = alignment
    }

    /// A paragraph in `style` of one plain run.
    public init(style: String, text: String) {
        self.init(style: style, runs: [WordRun(text)])
    }
}

/// Text in one formatting; a newline in it is a line break.
public struct WordRun: Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    /// `text`, optionally bold or italic.
    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }
}

/// A table with single borders: column widths, rows of cells; the first `headerRows` repeat on
/// each page and are bold.
public struct WordTable: Sendable {
    /// Column widths in any unit; scaled to the text width.
    public var widths: [Int]
    public var rows: [[WordCell]]
    public var headerRows: Int
    /// The paragraph style of the cells' text.
    public var style: String

    /// A table of `rows` (each as many cells as `widths`).
    public init(widths: [Int], rows: [[WordCell]], headerRows: Int = 1, style: String) {
        self.widths = widths
        self.rows = rows
        self.headerRows = headerRows
        self.style = style
    }
}

/// A table cell: its text and alignment.
public struct WordCell: Sendable {
    public var text: String
    public var alignment: WordAlignment
    /// Part of a cell merged downwards: `restart` begins it, `continuation` continues the one above.
    public var verticalMerge: WordMerge?

    /// A cell of `text`, aligned `alignment`.
    public init(_ text: String, alignment: WordAlignment = .left) {
        self.text = text
        self.alignment = alignment
    }
}

/// A picture: PNG, and optionally the same picture as SVG, which Word 2016 and later show
/// instead of the PNG (the `svgBlip` extension); other readers show the PNG.
public struct WordImage: Sendable {
    public var png: [UInt8]
    public var svg: [UInt8]?
    /// Its size on the page, in millimetres.
    public var width: Double
    public var height: Double
    /// The alternative text.
    public var description: String

    /// A picture of `width` × `height` mm.
    public init(png: [UInt8], svg: [UInt8]?, width: Double, height: Double, description: String) {
        self.png = png
        self.svg = svg
        self.width = width
        self.height = height
        self.description = description
    }
}

/// A cell's place in a vertically merged cell (`w:vMerge`).
public enum WordMerge: Sendable {
    /// The top of a merged cell, which shows its text.
    case restart
    /// Covered by the cell above; its own text is not shown.
    case continuation
}

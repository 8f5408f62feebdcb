/// A report's text as paragraphs in reading order; a table's row counts as one paragraph.
public struct ReportDocument: Sendable, Equatable {
    public var paragraphs: [ReportParagraph]

    public init(paragraphs: [ReportParagraph]) {
        self.paragraphs = paragraphs
    }
}

/// One paragraph, or one row of a table.
public struct ReportParagraph: Sendable, Equatable {
    /// 1-based position in the document.
    public var number: Int
    /// The paragraph's text; a table row's cells joined by tabs.
    public var text: String
    /// The cells when the paragraph is a table row.
    public var cells: [String]?
    /// Which table (0-based, in order) the row belongs to.
    public var table: Int?

    public init(number: Int, text: String, cells: [String]? = nil, table: Int? = nil) {
        self.number = number
        self.text = text
        self.cells = cells
        self.table = table
    }
}

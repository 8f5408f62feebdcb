/// The text of a Word (WordprocessingML) document's body, in reading order: paragraphs and tables.
///
/// Only what a reader sees as text is kept: runs' text, tabs and breaks. Formatting, fields' codes, deleted
/// text and drawings are dropped. A table's cell is the text of its paragraphs joined by newlines; a table
/// nested in a cell is read into that cell's text.
public struct WordDocument: Sendable, Equatable {
    /// One block of the body.
    public enum Block: Sendable, Equatable {
        /// A paragraph's text.
        case paragraph(String)
        /// A table: rows of cells' texts.
        case table([[String]])
    }

    /// The body's blocks in order.
    public var blocks: [Block]

    /// A document of the given blocks.
    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Reads `word/document.xml` of the DOCX file's bytes, within the workbook reader's limits.
    public init(bytes: [UInt8], limits: WorkbookLimits = .default) throws {
        let archive = try PartArchive(bytes: bytes, limits: limits)
        var builder = WordBodyBuilder()
        try archive.stream("word/document.xml") { tokenizer, token in
            try builder.handle(token, tokenizer: tokenizer)
        }
        self.init(blocks: builder.blocks)
    }
}

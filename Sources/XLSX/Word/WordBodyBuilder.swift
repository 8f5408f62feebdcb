/// Builds a `WordDocument`'s blocks from the tokens of `word/document.xml`.
struct WordBodyBuilder {
    private(set) var blocks: [WordDocument.Block] = []
    /// The text of the paragraph being read.
    private var paragraph = ""
    private var inText = false
    /// Inside deleted text (`w:del`, `w:delText`) or a field's code (`w:instrText`): not what a reader sees.
    private var skipDepth = 0
    /// The tables being read, innermost last: their rows, and the cells of the row being read.
    private var tables: [(rows: [[String]], row: [String], cell: [String])] = []
    mutating func handle(_ token: XMLToken, tokenizer: XMLTokenizer) throws {
        switch token {
        case .startElement: start(tokenizer.name)
        case .endElement: end(tokenizer.name)
        case .text:
            guard inText, skipDepth == 0 else { return }
            // The part's size limit bounds the text too.
            paragraph += try tokenizer.text()
        }
    }

    private mutating func start(_ name: String) {
        switch name {
        case "del", "delText", "instrText": skipDepth += 1
        case "t": inText = true
        case "tab": if skipDepth == 0 { paragraph += "\t" }
        case "br", "cr": if skipDepth == 0 { paragraph += "\n" }
        case "tbl": tables.append((rows: [], row: [], cell: []))
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case "del", "delText", "instrText": skipDepth = max(0, skipDepth - 1)
        case "t": inText = false
        case "p": endParagraph()
        case "tc": endCell()
        case "tr": endRow()
        case "tbl": endTable()
        default: break
        }
    }

    private mutating func endParagraph() {
        let text = paragraph
        paragraph = ""
        if tables.isEmpty {
            blocks.append(.paragraph(text))
        } else {
            tables[tables.count - 1].cell.append(text)
        }
    }

    private mutating func endCell() {
        guard !tables.isEmpty else { return }
        let text = tables[tables.count - 1].cell.joined(separator: "\n")
        tables[tables.count - 1].row.append(text)
        tables[tables.count - 1].cell = []
    }

    private mutating func endRow() {
        guard !tables.isEmpty else { return }
        tables[tables.count - 1].rows.append(tables[tables.count - 1].row)
        tables[tables.count - 1].row = []
    }

    /// A nested table's rows become lines of the enclosing cell's text.
    private mutating func endTable() {
        guard let table = tables.popLast() else { return }
        if tables.isEmpty {
            blocks.append(.table(table.rows))
        } else {
            let text = table.rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
            tables[tables.count - 1].cell.append(text)
        }
    }
}

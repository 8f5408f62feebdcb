/// One block of the report as every format lays it out: the sentences are built once
/// (`ReportFigures+Document.swift`) and the Markdown, HTML and DOCX renderers only choose how
/// a heading, a paragraph or a table looks. Texts are plain (no markup); user data in them
/// (unit names, the office's prose) is escaped by each renderer for its own syntax.
enum ReportBlock: Sendable {
    /// The document's title.
    case title(String)
    /// A heading: level 1 is a section (一、), 2 a subsection (（一）), 3 a table's title.
    case heading(String, level: Int)
    /// An attachment's heading (附件1): a new page in the paged formats.
    case attachment(String)
    /// A paragraph of the report's own text, its figures marked.
    case paragraph(ReportText)
    /// A remark under a paragraph: a rounding note, the draft line, a placeholder.
    case note(String)
    /// Items of a bulleted list (the notes section).
    case list([String])
    /// The office's Markdown, as written (`ReportProse`).
    case prose(String)
    /// A table.
    case table(ReportTable)
    /// A chart (not in Markdown).
    case chart(ReportChart)
}

/// A table of the report: a heading row and body rows of text cells.
struct ReportTable: Sendable {
    /// The heading row.
    var head: [String]
    /// The body rows, as many cells as `head`.
    var rows: [[String]]
    /// Per column: whether it holds figures (right-aligned).
    var numeric: [Bool]
    /// Per column: its share of the table's width, in any unit (the paged formats use it).
    var widths: [Int]
    /// Body cells merged downwards, by row and column: n > 1 starts a cell n rows high, 0 is
    /// covered by the one above (its text is empty), 1 an ordinary cell. Empty: no merges.
    /// Markdown cannot merge and shows the covered cells empty.
    var rowSpans: [[Int]] = []

    /// The height in rows of the body cell at `row`, `column`; 0 when a cell above covers it.
    func span(_ row: Int, _ column: Int) -> Int {
        row < rowSpans.count && column < rowSpans[row].count ? rowSpans[row][column] : 1
    }

    /// Spans for `columns` merging runs of equal values downwards, each column within the runs
    /// of the columns before it (a 二级指标 never spans two 一级指标); `values` holds, per row,
    /// the values of those columns.
    static func spans(values keys: [[String]], columns: Int, width: Int) -> [[Int]] {
        var spans = Array(repeating: Array(repeating: 1, count: width), count: keys.count)
        guard !keys.isEmpty else { return spans }
        for column in 0..<columns {
            var start = 0
            for row in 1...keys.count {
                let same = row < keys.count && keys[row][...column] == keys[start][...column]
                if same {
                    spans[row][column] = 0
                } else {
                    spans[start][column] = row - start
                    start = row
                }
            }
        }
        return spans
    }

    /// Per body row and column, the key of the figure in the cell (nil: text, a rate, a
    /// figure without lines); empty or short rows: none. Only the HTML report links them.
    var keys: [[String?]] = []

    /// The key of the figure in body cell (`row`, `column`), if it has one.
    func key(row: Int, column: Int) -> String? {
        guard row < keys.count, column < keys[row].count else { return nil }
        return keys[row][column]
    }
}

import XLSX

extension ReportFigures {
    /// The report as a Word document: the blocks of `document(language:)` on A4 with the margins
    /// of GB/T 9704 (top 37, bottom 35, left 28, right 26 mm); title in 方正小标宋简体 (宋体 where
    /// missing), headings in 黑体 and 楷体_GB2312, body in 仿宋_GB2312 (仿宋) 三号; the tables as
    /// Word tables, the charts as pictures (SVG for Word 2016+, with a PNG of the bars for other
    /// readers), page numbers in the footer and, for a draft, 草稿 in the header of every page.
    public func docxBytes(language: Language = .zh) throws -> [UInt8] {
        let page = WordPage(top: 37, bottom: 35, left: 28, right: 26)
        var package = WordPackage(page: page, styles: Self.wordStyles, body: [])
        package.pageNumberStyle = "PageNumber"
        if draft { package.header = WordParagraph(style: "Header", text: "草稿") }
        let textWidth = page.width - page.left - page.right
        for block in document(language: language) { package.body += try Self.word(block, textWidth: textWidth) }
        return try package.bytes()
    }

    private static func word(_ block: ReportBlock, textWidth: Double) throws -> [WordBlock] {
        switch block {
        case .title(let text): return [.paragraph(WordParagraph(style: "Title", text: text))]
        case .heading(let text, let level):
            let style = level == 1 ? "Heading1" : level == 2 ? "Heading2" : "TableTitle"
            return [.paragraph(WordParagraph(style: style, text: text))]
        case .attachment(let text):
            return [.paragraph(WordParagraph(style: "Attachment", runs: [WordRun(text)], pageBreakBefore: true))]
        case .paragraph(let text): return [.paragraph(WordParagraph(style: "Body", text: text.plain))]
        case .note(let text): return [.paragraph(WordParagraph(style: "Note", text: text))]
        case .list(let items): return items.map { .paragraph(WordParagraph(style: "Note", text: "· " + $0)) }
        case .prose(let text): return prose(text)
        case .table(let table):
            let head = table.head.map { WordCell($0, alignment: .center) }
            let rows = table.rows.enumerated().map { index, row in
                row.enumerated().map { column, text in
                    var cell = WordCell(text, alignment: table.numeric[column] ? .right : .left)
                    let span = table.span(index, column)
                    cell.verticalMerge = span == 0 ? .continuation : span > 1 ? .restart : nil
                    return cell
                }
            }
            return [.table(WordTable(widths: table.widths, rows: [head] + rows, style: "TableText"))]
        case .chart(let chart):
            let svg = Array(chart.svg(standalone: true).text.utf8)
            let image = WordImage(
                png: try chart.png(), svg: svg, width: textWidth, height: chart.height(forWidth: textWidth),
                description: chart.title)
            return [.image(image), .paragraph(WordParagraph(style: "Caption", text: caption(chart)))]
        }
    }

    /// The chart's title and, for readers that show the PNG (which has no text), its order and colours.
    private static func caption(_ chart: ReportChart) -> String {
        var text = "图：\(chart.title)（自上而下：\(chart.categories.map(\.label).joined(separator: "、"))"
        if chart.series.count > 1 {
            let colours = ["深蓝", "浅蓝", "橙", "绿"]
            text +=
                "；" + chart.series.enumerated().map { "\(colours[$0 % colours.count])为\($1)" }.joined(separator: "，")
        }
        return text + "）"
    }

    private static func prose(_ text: String) -> [WordBlock] {
        ProseMarkdown.blocks(text).map { block in
            switch block {
            case .heading(let level, let spans):
                .paragraph(WordParagraph(style: level <= 2 ? "Heading1" : "Heading2", runs: runs(spans)))
            case .paragraph(let spans): .paragraph(WordParagraph(style: "Body", runs: runs(spans)))
            case .item(let marker, let spans):
                .paragraph(WordParagraph(style: "Body", runs: [WordRun(marker + " ")] + runs(spans)))
            }
        }
    }

    private static func runs(_ spans: [ProseMarkdown.Span]) -> [WordRun] {
        spans.map { WordRun($0.text, bold: $0.strong, italic: $0.emphasis) }
    }

    /// The styles of a Chinese government document (GB/T 9704): 三号 (16 pt) throughout, on a
    /// 28 pt line pitch; tables, notes and captions smaller.
    static let wordStyles: [WordParagraphStyle] = {
        let fangsong = WordFont("仿宋_GB2312", fallback: "仿宋")
        let heiti = WordFont("黑体", fallback: "SimHei")
        let kaiti = WordFont("楷体_GB2312", fallback: "楷体")
        func style(
            _ id: String, _ name: String, _ font: WordFont, _ points: Double, indent: Int = 0,
            alignment: WordAlignment = .both, line: Double? = 28, outline: Int? = nil, keep: Bool = false,
            after: Double = 0
        ) -> WordParagraphStyle {
            var style = WordParagraphStyle(id: id, name: name, font: font, points: points)
            style.firstLineCharacters = indent
            style.alignment = alignment
            style.lineSpacing = line
            style.outlineLevel = outline
            style.keepWithNext = keep
            style.spaceAfter = after
            return style
        }
        return [
            style("Body", "Normal", fangsong, 16, indent: 2),
            style(
                "Title", "Title", WordFont("方正小标宋简体", fallback: "宋体"), 22, alignment: .center, line: 36,
                after: 16),
            style("Heading1", "heading 1", heiti, 16, indent: 2, outline: 0, keep: true),
            style("Heading2", "heading 2", kaiti, 16, indent: 2, outline: 1, keep: true),
            style("Attachment", "附件标识", heiti, 16, alignment: .left, keep: true),
            style("TableTitle", "表格标题", heiti, 14, alignment: .center, line: nil, keep: true, after: 6),
            style("TableText", "表格文字", fangsong, 11, alignment: .left, line: nil),
            style("Note", "注释", kaiti, 12, alignment: .left, line: nil, after: 3),
            style("Caption", "caption", fangsong, 12, alignment: .center, line: nil, after: 6),
            style("Header", "header", heiti, 12, alignment: .right, line: nil),
            style("PageNumber", "footer", WordFont("宋体", fallback: "SimSun"), 14, alignment: .center, line: nil),
        ]
    }()
}

extension ReportFigures {
    /// The report as one self-contained HTML page (also well-formed XML): the blocks of
    /// `document(language:)` with the charts inline as SVG, a style sheet for screen and for
    /// A4 print (government margins, each attachment on a new page), no script, nothing
    /// fetched. Every text is escaped; the office's prose is shown in `ProseMarkdown`'s subset.
    /// With `links`, every figure that has lines (a key of `FigureKey`) is a link to its
    /// provenance page (`a.figure` with `data-key`); rates and figures without lines are not.
    /// Without, the page is as it always was.
    public func renderHTML(to sink: OutputSink, language: Language = .zh, links: FigureLinks? = nil) {
        var html = MarkupWriter()
        html.trusted("<!DOCTYPE html>\n")
        html.open("html", [("lang", "zh-CN"), ("xmlns", "http://www.w3.org/1999/xhtml")])
        html.open("head")
        html.empty("meta", [("charset", "utf-8")])
        html.element("title", text: "\(source.nodeName)\(source.fiscalYear)年度部门整体支出绩效自评报告")
        html.open("style")
        html.trusted(Self.styleSheet)
        // Only with links, so that a report without them stays byte for byte as before.
        if links != nil { html.trusted("a.figure { color: inherit; text-decoration: underline dotted; }\n") }
        html.close("style")
        html.close("head")
        html.open("body", [("class", draft ? "draft" : nil)])
        if draft { html.element("div", [("class", "draft-mark")], text: "草稿") }
        html.open("main")
        let link = links.map { links in { (key: String) in links.href(key, source: self.source) } }
        for block in document(language: language) { Self.html(block, link: link, &html) }
        html.close("main")
        html.close("body")
        html.close("html")
        sink.write(html.text + "\n")
    }

    /// A block; `link` gives a figure's href by key when figures are linked.
    private static func html(_ block: ReportBlock, link: ((String) -> String)?, _ html: inout MarkupWriter) {
        switch block {
        case .title(let text): html.element("h1", text: text)
        case .heading(let text, let level):
            switch level {
            case 1: html.element("h2", text: text)
            case 2: html.element("h3", text: text)
            default: html.element("h4", text: text)
            }
        case .attachment(let text): html.element("h2", [("class", "attachment")], text: text)
        case .paragraph(let text):
            html.open("p")
            for span in text.spans { self.span(span, link: link, &html) }
            html.close("p")
        case .note(let text): html.element("p", [("class", "note")], text: text)
        case .list(let items):
            html.open("ul", [("class", "notes")])
            for item in items { html.element("li", text: item) }
            html.close("ul")
        case .prose(let text): prose(text, &html)
        case .table(let table): self.table(table, link: link, &html)
        case .chart(let chart):
            html.open("figure", [("class", "chart")])
            html.append(chart.svg(link: link))
            html.close("figure")
        }
    }

    private static func prose(_ text: String, _ html: inout MarkupWriter) {
        for block in ProseMarkdown.blocks(text) {
            switch block {
            case .heading(let level, let spans):
                switch level {
                case 1, 2: html.open("h2")
                case 3: html.open("h3")
                default: html.open("h4")
                }
                self.spans(spans, &html)
                switch level {
                case 1, 2: html.close("h2")
                case 3: html.close("h3")
                default: html.close("h4")
                }
            case .paragraph(let spans):
                html.open("p")
                self.spans(spans, &html)
                html.close("p")
            case .item(let marker, let spans):
                html.open("p", [("class", "item")])
                html.write(marker + " ")
                self.spans(spans, &html)
                html.close("p")
            }
        }
    }

    private static func spans(_ spans: [ProseMarkdown.Span], _ html: inout MarkupWriter) {
        for span in spans {
            if span.strong {
                html.element("strong", text: span.text)
            } else if span.emphasis {
                html.element("em", text: span.text)
            } else {
                html.write(span.text)
            }
        }
    }

    /// Text as it is; a figure as a link when figures are linked (an empty cell never is).
    private static func span(_ span: ReportText.Span, link: ((String) -> String)?, _ html: inout MarkupWriter) {
        switch span {
        case .text(let text): html.write(text)
        case .figure(let text, let key):
            guard let link, !text.isEmpty else { return html.write(text) }
            html.element("a", [("class", "figure"), ("href", link(key)), ("data-key", key)], text: text)
        }
    }

    private static func table(_ table: ReportTable, link: ((String) -> String)?, _ html: inout MarkupWriter) {
        html.open("table")
        html.open("thead")
        html.open("tr")
        for cell in table.head { html.element("th", text: cell) }
        html.close("tr")
        html.close("thead")
        html.open("tbody")
        for (index, row) in table.rows.enumerated() {
            html.open("tr")
            for (column, cell) in row.enumerated() {
                let rows = table.span(index, column)
                guard rows > 0 else { continue }
                html.open(
                    "td", [("class", table.numeric[column] ? "num" : nil), ("rowspan", rows > 1 ? "\(rows)" : nil)])
                let key = table.key(row: index, column: column)
                span(key.map { .figure(cell, key: $0) } ?? .text(cell), link: link, &html)
                html.close("td")
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
    }

    /// Screen and A4 print: GB/T 9704 margins, 仿宋 三号 body, 黑体 and 楷体 headings.
    private static let styleSheet: StaticString = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        body { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", serif;
          font-size: 16pt; line-height: 1.75; color: #000; max-width: 156mm; margin: 2em auto; padding: 0 1em; }
        h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体", "SimSun", serif; font-size: 22pt;
          font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 1em; }
        h2 { font-family: "黑体", "SimHei", sans-serif; font-size: 16pt; font-weight: normal; margin: 0.5em 0 0; }
        h3 { font-family: "楷体_GB2312", "楷体", "KaiTi", serif; font-size: 16pt; font-weight: normal; margin: 0.5em 0 0; }
        h4 { font-size: 14pt; text-align: center; margin: 0.5em 0; }
        p { text-indent: 2em; margin: 0; text-align: justify; }
        p.note { text-indent: 0; font-size: 12pt; color: #333; }
        p.item { text-indent: 0; padding-left: 2em; }
        ul.notes { font-size: 12pt; margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.4; margin: 0.5em 0; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; }
        th { font-weight: bold; text-align: center; }
        td.num { text-align: right; white-space: nowrap; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        figure.chart { margin: 1em 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { max-width: 100%; height: auto; }
        h2.attachment { break-before: page; page-break-before: always; }
        .draft-mark { color: #b00000; font-weight: bold; text-align: right; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          .draft-mark { position: fixed; top: -20mm; right: 0; }
        }

        """
}

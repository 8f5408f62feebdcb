extension ReportFigures {
    /// The report as Markdown: the blocks of `document(language:)` (charts left out), with the
    /// notes in `language`. A draft says so in every section.
    public func renderMarkdown(to sink: OutputSink, language: Language = .zh) {
        for block in document(language: language) { sink.write(Self.markdown(block)) }
    }

    private static func markdown(_ block: ReportBlock) -> String {
        switch block {
        case .title(let text): "# \(text)\n\n"
        case .heading(let text, let level): "\(level == 1 ? "##" : "###") \(text)\n\n"
        case .attachment(let text): "## \(text)\n\n"
        case .paragraph(let text): "\(text)\n\n"
        case .note(let text): "> \(text)\n\n"
        case .list(let items): items.map { "- \(TextEscaping.markdown($0))\n" }.joined() + "\n"
        case .prose(let text): text.hasSuffix("\n") ? text + "\n" : text + "\n\n"
        case .table(let table): markdown(table)
        case .chart: ""
        }
    }

    private static func markdown(_ table: ReportTable) -> String {
        let line = { (cells: [String]) in "| " + cells.map(TextEscaping.markdown).joined(separator: " | ") + " |\n" }
        return line(table.head) + "| " + table.numeric.map { $0 ? "---:" : "---" }.joined(separator: " | ") + " |\n"
            + table.rows.map(line).joined() + "\n"
    }
}

import HuizongCore

/// A download of the self-evaluation report: a node, a year, a format, and whether a draft of
/// an incomplete run is asked for (`huizong report --draft`).
public struct ReportRequest: Sendable {
    public var node: String
    public var year: Int
    public var format: ReportFormat
    public var draft: Bool

    /// The file name a browser saves it as; a draft's says so.
    public var fileName: String {
        "report-\(node)-\(year)\(draft ? "-draft" : "").\(format.name)"
    }
}

/// A format the report page offers, rendered exactly as `huizong report --format NAME -o FILE`
/// writes it (the notes in Chinese, the CLI's default).
public struct ReportFormat: Sendable {
    /// The `format` parameter's value and the file's extension.
    public let name: String
    public let contentType: String
    /// Rendered as the DOCX, which LibreOffice then converts (PDF): offered only where it is installed.
    public let viaLibreOffice: Bool
    let render: @Sendable (ReportFigures, OutputSink) throws -> Void

    /// The formats offered, in the order the page lists them, the first the default; adding
    /// one is one line here.
    public static let offered: [ReportFormat] = [
        ReportFormat("json", "application/json; charset=utf-8") { $0.renderJSON(to: $1) },
        ReportFormat("md", "text/markdown; charset=utf-8") { $0.renderMarkdown(to: $1) },
        ReportFormat("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
            $1.write(bytes: try $0.docxBytes())
        },
        ReportFormat("pdf", "application/pdf", viaLibreOffice: true) { $1.write(bytes: try $0.docxBytes()) },
        // Each figure links to its own /figures page, as `--figure-links /` does.
        ReportFormat("html", "text/html; charset=utf-8") { $0.renderHTML(to: $1, links: FigureLinks(base: "/")) },
        ReportFormat("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
            try $0.renderXLSX(to: $1)
        },
    ]

    /// The formats a server offers: PDF only when it has LibreOffice.
    public static func offered(pdf: Bool) -> [ReportFormat] {
        offered.filter { pdf || !$0.viaLibreOffice }
    }

    /// The offered format called `name`.
    public static func named(_ name: String) -> ReportFormat? {
        offered.first { $0.name == name }
    }

    init(
        _ name: String, _ contentType: String, viaLibreOffice: Bool = false,
        render: @escaping @Sendable (ReportFigures, OutputSink) throws -> Void
    ) {
        self.name = name
        self.contentType = contentType
        self.viaLibreOffice = viaLibreOffice
        self.render = render
    }

    /// `figures` as this format's bytes. The report is a department's aggregates: small,
    /// rendered whole before sending, as the exports are.
    func bytes(_ figures: ReportFigures) throws -> [UInt8] {
        let sink = OutputSink.memory()
        try render(figures, sink)
        try sink.close()
        return sink.bytes
    }
}

/// A finding's quoted sentence split around the figure it is about, so that a page can mark
/// the figure: `before`, `figure`, `after` read together are the quote.
public struct QuotedFigure: Sendable, Equatable {
    public var before: String
    public var figure: String
    public var after: String

    public init(before: String, figure: String, after: String) {
        self.before = before
        self.figure = figure
        self.after = after
    }
}

extension CheckFinding {
    /// The quote split around the printed figure: the one the quote prints as `printed`, else
    /// the one at `offset` of the finding's paragraph in `document` (its number and unit, or a
    /// unit printed without a number), where the finding points when the figure it names
    /// stands elsewhere (a total in an earlier sentence). The whole quote in `before` when no
    /// figure can be placed in it (a table's finding quoting a row, say).
    public func quotedFigure(in document: ReportDocument) -> QuotedFigure {
        let whole = QuotedFigure(before: quote, figure: "", after: "")
        guard let paragraph = document.paragraphs.first(where: { $0.number == self.paragraph }) else { return whole }
        let text = TextNormalizer.normalize(paragraph.text)
        let quote = Array(self.quote)
        guard let pointed = figureRange(in: text),
            let start = Self.start(of: quote, in: text, around: pointed.lowerBound)
        else { return whole }
        let span = start..<(start + quote.count)
        let named = NumberScanner(text).figures.first { span.contains($0.range.lowerBound) && $0.printed == printed }
        let figure = named?.range ?? pointed
        guard figure.upperBound <= span.upperBound else { return whole }
        return QuotedFigure(
            before: String(text[start..<figure.lowerBound]), figure: String(text[figure]),
            after: String(text[figure.upperBound..<span.upperBound]))
    }

    /// The characters of the figure the finding points at: a scanned figure starting at
    /// `offset`, else a blank's unit there.
    private func figureRange(in text: [Character]) -> Range<Int>? {
        let scanner = NumberScanner(text)
        if let figure = scanner.figures.first(where: { $0.range.lowerBound == offset }) { return figure.range }
        if let blank = scanner.blanks.first(where: { $0.offset == offset }) {
            return offset..<min(text.count, offset + blank.unit.count)
        }
        return nil
    }

    /// Where `quote` starts in `text` such that it holds `offset`.
    private static func start(of quote: [Character], in text: [Character], around offset: Int) -> Int? {
        guard !quote.isEmpty, quote.count <= text.count else { return nil }
        let lowest = max(0, offset - quote.count + 1)
        let highest = min(offset, text.count - quote.count)
        guard lowest <= highest else { return nil }
        return (lowest...highest).first { text[$0..<($0 + quote.count)].elementsEqual(quote) }
    }
}

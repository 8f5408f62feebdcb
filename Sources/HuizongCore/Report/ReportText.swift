/// A sentence of the report with its figures marked: each figure printed knows its key
/// (`spec/report.md`, `basic.by_econ.302`, `base_data.ROW.COLUMN`), so that the HTML report can
/// link it to its provenance; every other format prints `plain`. Built by interpolation:
/// `"基本支出\(basic.actual, key: "basic.actual")万元"`; any other interpolated value is text.
/// Rates and figures without lines are interpolated as text: they are not linked.
struct ReportText: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// A run of text, or a figure as printed and its key.
    enum Span: Sendable, Equatable {
        case text(String)
        case figure(String, key: String)
    }

    private(set) var spans: [Span]

    init(_ spans: [Span]) {
        self.spans = spans
    }

    init(stringLiteral value: String) {
        spans = value.isEmpty ? [] : [.text(value)]
    }

    init(stringInterpolation: StringInterpolation) {
        spans = stringInterpolation.spans
    }

    /// The text as every format but HTML prints it.
    var plain: String {
        spans.map {
            switch $0 {
            case .text(let text): text
            case .figure(let text, _): text
            }
        }.joined()
    }

    var description: String { plain }

    static func + (left: ReportText, right: ReportText) -> ReportText {
        ReportText(left.spans + right.spans)
    }

    static func += (left: inout ReportText, right: ReportText) {
        left.spans += right.spans
    }

    /// The pieces, with `separator` between them.
    static func joined(_ pieces: [ReportText], separator: String) -> ReportText {
        var spans: [Span] = []
        for (index, piece) in pieces.enumerated() {
            if index > 0 { spans.append(.text(separator)) }
            spans += piece.spans
        }
        return ReportText(spans)
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var spans: [Span] = []

        init(literalCapacity: Int, interpolationCount: Int) {}

        mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { spans.append(.text(literal)) }
        }

        /// Text: a name, a rate, a year.
        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            appendLiteral(value.description)
        }

        /// Another marked text, its figures kept.
        mutating func appendInterpolation(_ text: ReportText) {
            spans += text.spans
        }

        /// An amount in 万元, linked to `key`.
        mutating func appendInterpolation(_ amount: ExportAmount, key: String) {
            spans.append(.figure(amount.wan, key: key))
        }

        /// A figure already printed (a count, an amount's text), linked to `key`.
        mutating func appendInterpolation(figure text: String, key: String) {
            spans.append(.figure(text, key: key))
        }
    }
}

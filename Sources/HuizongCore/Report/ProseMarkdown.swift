/// The safe subset of Markdown the office's prose is shown in by the HTML and DOCX reports:
/// headings, paragraphs, bulleted and numbered lists, `**strong**` and `*emphasis*`. Anything
/// else (HTML tags, links, code) stays literal text, which each renderer escapes.
enum ProseMarkdown {
    /// A block of the prose.
    enum Block: Equatable {
        /// `#`…`######`: level 1 to 6.
        case heading(Int, [Span])
        case paragraph([Span])
        /// A list item, with its marker (`•` or `1.`).
        case item(String, [Span])
    }

    /// Inline text and its emphasis.
    struct Span: Equatable {
        var text: String
        var strong = false
        var emphasis = false
    }

    /// The blocks of `text`: lines joined into paragraphs until a blank line, heading or item.
    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(spans(paragraph.joined(separator: "\n")))) }
            paragraph = []
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if let (level, rest) = heading(line) {
                flush()
                blocks.append(.heading(level, spans(rest)))
            } else if let (marker, rest) = item(line) {
                flush()
                blocks.append(.item(marker, spans(rest)))
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, line.dropFirst(hashes + 1).trimmingCharacters(in: .whitespaces))
    }

    private static func item(_ line: String) -> (String, String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
            return ("•", String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 4 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return ("\(digits).", String(rest.dropFirst(2)))
    }

    /// `**strong**` and `*emphasis*` (or `__`, `_`); an unmatched marker is text.
    static func spans(_ text: String) -> [Span] {
        var spans: [Span] = []
        var rest = Substring(text)
        var plain = ""
        while let first = rest.first {
            if first == "*" || first == "_" {
                let marker =
                    rest.hasPrefix(String(repeating: first, count: 2))
                    ? String(repeating: first, count: 2) : String(first)
                let body = rest.dropFirst(marker.count)
                if let end = body.range(of: marker), !body[..<end.lowerBound].isEmpty,
                    body.first?.isWhitespace == false
                {
                    if !plain.isEmpty { spans.append(Span(text: plain)) }
                    plain = ""
                    let inner = String(body[..<end.lowerBound])
                    spans.append(Span(text: inner, strong: marker.count == 2, emphasis: marker.count == 1))
                    rest = body[end.upperBound...]
                    continue
                }
            }
            if first == "\\", let next = rest.dropFirst().first, "\\*_#-+.`[]()!<>|".contains(next) {
                plain.append(next)
                rest = rest.dropFirst(2)
                continue
            }
            plain.append(first)
            rest = rest.dropFirst()
        }
        if !plain.isEmpty { spans.append(Span(text: plain)) }
        return spans
    }
}

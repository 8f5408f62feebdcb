/// Escaping for the text formats Huizong writes.
enum TextEscaping {
    /// A JSON string literal, quotes included.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON value: a string literal, or `null`.
    static func json(_ text: String?) -> String {
        text.map { json($0) } ?? "null"
    }

    /// A CSV text field (RFC 4180). Text a spreadsheet would evaluate as a formula
    /// (starting with =, +, - or @) is prefixed with an apostrophe so it stays text;
    /// amounts are written directly, never through here.
    static func csv(_ text: String?) -> String {
        guard var field = text else { return "" }
        if let first = field.first, "=+-@".contains(first) { field = "'" + field }
        // `isNewline`: a CR LF pair is one Character, equal to neither "\r" nor "\n".
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A Markdown table cell: pipes escaped, line breaks (CR LF, CR, LF) flattened to a space.
    static func markdown(_ text: String?) -> String {
        (text ?? "").replacingOccurrences(of: "|", with: "\\|").split(omittingEmptySubsequences: false) {
            $0.isNewline
        }.joined(separator: " ")
    }
}

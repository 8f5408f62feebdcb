/// One problem the checker found in a report: data, rendered from the catalogue (`CheckCode`).
public struct CheckFinding: Sendable, Equatable, Encodable {
    public var code: CheckCode
    public var severity: CheckSeverity { code.severity }
    /// The paragraph (a text file's line; a DOCX's paragraph or table row), 1-based.
    public var paragraph: Int
    /// The printed figure's character offset in the paragraph, 0-based.
    public var offset: Int
    /// The sentence the figure stands in.
    public var quote: String
    /// The figure as printed.
    public var printed: String
    /// What it should be, when the relation says.
    public var expected: String?
    /// The figures and names the relation used, by name.
    public var args: [String: CheckValue]

    public init(
        code: CheckCode, paragraph: Int, offset: Int, quote: String, printed: String, expected: String?,
        args: [String: CheckValue]
    ) {
        self.code = code
        self.paragraph = paragraph
        self.offset = offset
        self.quote = quote
        self.printed = printed
        self.expected = expected
        self.args = args
    }

    /// The finding's explanation in `language`.
    public func message(_ language: CheckLanguage) -> String {
        CheckText.render(code.template(language), args: args)
    }

    enum CodingKeys: String, CodingKey {
        case code, severity, paragraph, offset, quote, printed, expected, args
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code.rawValue, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(offset, forKey: .offset)
        try container.encode(quote, forKey: .quote)
        try container.encode(printed, forKey: .printed)
        try container.encode(expected, forKey: .expected)
        try container.encode(args, forKey: .args)
    }
}

/// The languages findings are written in.
public enum CheckLanguage: String, Sendable, CaseIterable {
    case en
    case zh
}

/// Fills `{name}` placeholders from a finding's arguments; an unknown one stays in braces.
enum CheckText {
    static func render(_ template: String, args: [String: CheckValue]) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            output += args[name]?.rendered ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}

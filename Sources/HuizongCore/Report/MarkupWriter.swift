/// Writes HTML and SVG that is also well-formed XML. Element and attribute names, and the
/// only unescaped text (`trusted`), are `StaticString`s: project constants, never user data.
/// Every text and attribute value passed as a `String` is escaped.
struct MarkupWriter: Sendable {
    private(set) var text = ""

    /// `<name attributes>`; a nil value leaves its attribute out.
    mutating func open(_ name: StaticString, _ attributes: [(StaticString, String?)] = []) {
        start(name, attributes)
        text += ">"
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: StaticString, _ attributes: [(StaticString, String?)] = []) {
        start(name, attributes)
        text += "/>"
    }

    /// `</name>`.
    mutating func close(_ name: StaticString) {
        text += "</\(name)>"
    }

    /// `<name attributes>text</name>`.
    mutating func element(_ name: StaticString, _ attributes: [(StaticString, String?)] = [], text content: String) {
        open(name, attributes)
        write(content)
        close(name)
    }

    /// Escaped text.
    mutating func write(_ content: String) {
        text += Self.escaped(content)
    }

    /// A project constant as is (the style sheet, the doctype).
    mutating func trusted(_ content: StaticString) {
        text += "\(content)"
    }

    /// Markup another writer built (and so escaped).
    mutating func append(_ other: MarkupWriter) {
        text += other.text
    }

    private mutating func start(_ name: StaticString, _ attributes: [(StaticString, String?)]) {
        text += "<\(name)"
        for (attribute, value) in attributes {
            guard let value else { continue }
            text += " \(attribute)=\"\(Self.escaped(value))\""
        }
    }

    /// `content` safe in element text and in a double-quoted attribute; characters XML
    /// cannot carry become U+FFFD.
    static func escaped(_ content: String) -> String {
        var result = ""
        for scalar in content.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Builds the text of one XML part: elements, attributes and escaped text, without any whitespace between tags.
///
/// Characters XML 1.0 forbids (controls other than tab, newline and carriage return; U+FFFE; U+FFFF) are replaced
/// with U+FFFD: no reader can decode them, and `_xHHHH_` escapes are understood by Excel but not everywhere.
struct MarkupBuilder {
    /// An attribute; a nil value leaves the attribute out.
    typealias Attribute = (name: String, value: String?)

    private(set) var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// `<name attributes>`; close it with `close(name)`.
    mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        startTag(name, attributes)
        text += ">"
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        startTag(name, attributes)
        text += "/>"
    }

    /// `</name>`.
    mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// `<name attributes>content</name>`, content escaped.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], content: String) {
        open(name, attributes)
        text += Self.escaped(content, inAttribute: false)
        close(name)
    }

    /// The UTF-8 bytes of the part.
    var bytes: [UInt8] { Array(text.utf8) }

    private mutating func startTag(_ name: String, _ attributes: [Attribute]) {
        text += "<" + name
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            text += " " + attribute.name + "=\"" + Self.escaped(value, inAttribute: true) + "\""
        }
    }

    /// `text` escaped for element content or a double-quoted attribute.
    static func escaped(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            // Parsers normalize literal CR to LF everywhere, and tab and LF to spaces in attributes.
            case "\r": result += "&#13;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}

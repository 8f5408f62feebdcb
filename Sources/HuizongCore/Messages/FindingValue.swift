import Foundation

/// One typed argument of a finding: text (amounts travel as exact decimal text, e.g.
/// `"3708.40"`, never as binary floating point), a whole number, or a list of texts.
/// Stored as `jsonb`: a JSON string, number or array of strings.
public enum FindingValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case text(String)
    case number(Int64)
    case list([String])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([String].self) {
            self = .list(list)
        } else {
            // Anything else (a fraction, a boolean, an object) is kept as its JSON text.
            self = .text(try container.decode(JSONFragment.self).text)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .list(let list): try container.encode(list)
        }
    }

    /// The value as a template shows it: lists joined by ", ".
    public var description: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .list(let list): return list.joined(separator: ", ")
        }
    }
}

extension FindingValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .number(value) }
}

/// A finding's arguments or item: names to typed values, kept in name order when encoded.
public typealias FindingArgs = [String: FindingValue]

extension Dictionary where Key == String, Value == FindingValue {
    /// The `jsonb` text of the arguments, keys sorted (so equal arguments give equal text).
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Arguments read back from `jsonb` text; an unreadable text gives no arguments.
    public init(jsonText: String?) {
        guard let data = jsonText?.data(using: .utf8),
            let decoded = try? JSONDecoder().decode([String: FindingValue].self, from: data)
        else {
            self = [:]
            return
        }
        self = decoded
    }
}

/// A JSON value outside the argument types (a boolean, a fraction, null), as text.
private struct JSONFragment: Decodable {
    var text: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            text = String(flag)
        } else {
            // A fraction: rules send amounts as text, so a number with a point is a rule's mistake,
            // shown as unreadable rather than passed through binary floating point.
            text = "?"
        }
    }
}

/// A JSON value with its object keys in the order given, for documents whose key order is
/// part of their contract (the report); written with two-space indentation.
enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number, as its literal text (an integer or a two-decimal figure).
    case number(String)
    case bool(Bool)
    case null

    /// A string, or null for nil.
    static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// A whole number, or null for nil.
    static func int(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }

    /// The value as JSON text at `indent` levels in.
    func text(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            if members.isEmpty { return "{}" }
            let inner = members.map { "\(pad)\(TextEscaping.json($0.0)): \($0.1.text(indent: indent + 1))" }
            return "{\n" + inner.joined(separator: ",\n") + "\n\(close)}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.text() }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { pad + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .string(let text): return TextEscaping.json(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }
}

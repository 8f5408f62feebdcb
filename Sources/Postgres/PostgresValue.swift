/// A bound statement parameter. Use `nil` (in a `[PostgresValue?]`) for SQL NULL.
public enum PostgresValue: Sendable, Equatable {
    /// Sent in text format; the server converts it to the parameter's type (numbers stay exact).
    case text(String)
    /// Sent in binary format, for `bytea` parameters.
    case bytes([UInt8])
}

extension PostgresValue: ExpressibleByStringLiteral {
    /// A text parameter from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension PostgresValue: ExpressibleByIntegerLiteral {
    /// A text parameter from an integer literal.
    public init(integerLiteral value: Int) {
        self = .text(String(value))
    }
}

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A Swift value that can be read from a column in PostgreSQL's text format; see `Row.decode`.
public protocol PostgresDecodable: Sendable {
    /// Reads a non-NULL value; throws when the text is not a value of this type.
    init(postgresText text: String) throws(PostgresDecodingError)
    /// What SQL NULL decodes to; nil when NULL is an error (everything but `Optional`).
    static var postgresNull: Self? { get }
}

extension PostgresDecodable {
    /// NULL is an error.
    public static var postgresNull: Self? { nil }
}

/// Why a column's text is not a value of the requested type. The reason completes a sentence
/// about the column ("is not an integer") and never quotes the value.
public struct PostgresDecodingError: Error, Sendable, Equatable {
    /// E.g. "is not an integer".
    public let reason: String

    /// A failure described by `reason`.
    public init(_ reason: String) {
        self.reason = reason
    }
}

extension String: PostgresDecodable {
    /// Any text.
    public init(postgresText text: String) {
        self = text
    }
}

extension Int: PostgresDecodable {
    /// Decimal text, as `int2`, `int4` and `int8` columns print.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        guard let value = Int(text) else { throw PostgresDecodingError("is not an integer") }
        self = value
    }
}

extension Int64: PostgresDecodable {
    /// Decimal text, as `int2`, `int4` and `int8` columns print.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        guard let value = Int64(text) else { throw PostgresDecodingError("is not an integer") }
        self = value
    }
}

extension Int32: PostgresDecodable {
    /// Decimal text within 32 bits.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        guard let value = Int32(text) else { throw PostgresDecodingError("is not a 32-bit integer") }
        self = value
    }
}

extension Bool: PostgresDecodable {
    /// `t` or `f`, as `bool` columns print.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        switch text {
        case "t": self = true
        case "f": self = false
        default: throw PostgresDecodingError("is not a boolean")
        }
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    /// The wrapped type's value.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        self = .some(try Wrapped(postgresText: text))
    }

    /// NULL is `nil`.
    public static var postgresNull: Self? { .some(.none) }
}

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A Swift value that can be bound as a statement parameter, e.g. interpolated in a `SQLQuery`.
public protocol PostgresEncodable: Sendable {
    /// The PostgreSQL type its placeholder is cast to: `int8` gives `$1::int8`. nil leaves the
    /// placeholder uncast, so the server takes the type from the context (as for `text`).
    static var postgresType: String? { get }
    /// The value as it is sent; nil is SQL NULL.
    var postgresValue: PostgresValue? { get }
}

extension Int: PostgresEncodable {
    /// `int8`: `Int` is 64 bits wide.
    public static var postgresType: String? { "int8" }
    /// Decimal text.
    public var postgresValue: PostgresValue? { .text(String(self)) }
}

extension Int64: PostgresEncodable {
    /// `int8`.
    public static var postgresType: String? { "int8" }
    /// Decimal text.
    public var postgresValue: PostgresValue? { .text(String(self)) }
}

extension Int32: PostgresEncodable {
    /// `int4`.
    public static var postgresType: String? { "int4" }
    /// Decimal text.
    public var postgresValue: PostgresValue? { .text(String(self)) }
}

extension Bool: PostgresEncodable {
    /// `bool`.
    public static var postgresType: String? { "bool" }
    /// `true` or `false`.
    public var postgresValue: PostgresValue? { .text(self ? "true" : "false") }
}

extension String: PostgresEncodable {
    /// nil: the placeholder stays uncast, so a string can stand for `text`, `varchar`, an enum
    /// or a date column alike, as the server infers. Cast in the SQL where it is ambiguous.
    public static var postgresType: String? { nil }
    /// The text itself; a NUL byte in it is refused with SQLSTATE 22021 when the statement runs.
    public var postgresValue: PostgresValue? { .text(self) }
}

extension Decimal: PostgresEncodable {
    /// `numeric`.
    public static var postgresType: String? { "numeric" }
    /// The exact decimal text (`description`). Build amounts from exact text
    /// (`Decimal(string: "12.30")`), never from a `Double`, whose binary value is not the amount.
    public var postgresValue: PostgresValue? { .text(description) }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    /// The wrapped type's, so the server knows the type of a NULL too.
    public static var postgresType: String? { Wrapped.postgresType }
    /// The wrapped value, or SQL NULL.
    public var postgresValue: PostgresValue? { flatMap(\.postgresValue) }
}

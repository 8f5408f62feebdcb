/// An element type whose Swift arrays have a PostgreSQL form: `[Int64]` is `int8[]`,
/// `[String]` is `text[]`, and `[UInt8]` is `bytea` (bytes, not an array of numbers).
public protocol PostgresArrayElement: Sendable {
    /// The PostgreSQL type of an array of these elements, e.g. `int8[]`.
    static var postgresArrayType: String { get }
    /// The parameter value of `elements`.
    static func postgresArrayValue(_ elements: [Self]) -> PostgresValue
    /// Reads the column text of an array of these elements.
    static func postgresArray(fromText text: String) throws(PostgresDecodingError) -> [Self]
}

extension Array: PostgresEncodable where Element: PostgresArrayElement {
    /// The element's array type, e.g. `int8[]`.
    public static var postgresType: String? { Element.postgresArrayType }
    /// The array's value, built by the library (never hand-written text).
    public var postgresValue: PostgresValue? { Element.postgresArrayValue(self) }
}

extension Array: PostgresDecodable where Element: PostgresArrayElement {
    /// Reads the column's text as the element type's array.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        self = try Element.postgresArray(fromText: text)
    }
}

extension Int64: PostgresArrayElement {
    /// `int8[]`.
    public static var postgresArrayType: String { "int8[]" }
    /// An array literal of the numbers.
    public static func postgresArrayValue(_ elements: [Int64]) -> PostgresValue {
        .text(PostgresArrayText.literal(elements.map(String.init)))
    }
    /// A one-dimensional array of integers without NULLs.
    public static func postgresArray(fromText text: String) throws(PostgresDecodingError) -> [Int64] {
        try PostgresArrayText.elements(of: text, as: Int64.self)
    }
}

extension Int: PostgresArrayElement {
    /// `int8[]`: `Int` is 64 bits wide.
    public static var postgresArrayType: String { "int8[]" }
    /// An array literal of the numbers.
    public static func postgresArrayValue(_ elements: [Int]) -> PostgresValue {
        .text(PostgresArrayText.literal(elements.map(String.init)))
    }
    /// A one-dimensional array of integers without NULLs.
    public static func postgresArray(fromText text: String) throws(PostgresDecodingError) -> [Int] {
        try PostgresArrayText.elements(of: text, as: Int.self)
    }
}

extension Int32: PostgresArrayElement {
    /// `int4[]`.
    public static var postgresArrayType: String { "int4[]" }
    /// An array literal of the numbers.
    public static func postgresArrayValue(_ elements: [Int32]) -> PostgresValue {
        .text(PostgresArrayText.literal(elements.map(String.init)))
    }
    /// A one-dimensional array of 32-bit integers without NULLs.
    public static func postgresArray(fromText text: String) throws(PostgresDecodingError) -> [Int32] {
        try PostgresArrayText.elements(of: text, as: Int32.self)
    }
}

extension String: PostgresArrayElement {
    /// `text[]`.
    public static var postgresArrayType: String { "text[]" }
    /// An array literal with every element quoted and escaped.
    public static func postgresArrayValue(_ elements: [String]) -> PostgresValue {
        .text(PostgresArrayText.literal(elements))
    }
    /// A one-dimensional array of strings without NULLs.
    public static func postgresArray(fromText text: String) throws(PostgresDecodingError) -> [String] {
        try PostgresArrayText.elements(of: text, as: String.self)
    }
}

/// JSON text bound as `jsonb` and read back from `json` or `jsonb` columns. The text must
/// already be serialized JSON; the server checks it.
public struct PostgresJSON: PostgresEncodable, PostgresDecodable, Equatable {
    /// The serialized JSON.
    public let text: String

    /// Wraps already-serialized JSON text.
    public init(_ text: String) {
        self.text = text
    }

    /// Wraps a column's JSON text.
    public init(postgresText text: String) {
        self.text = text
    }

    /// `jsonb`.
    public static var postgresType: String? { "jsonb" }
    /// The JSON text.
    public var postgresValue: PostgresValue? { .text(text) }
}

/// An `application/x-www-form-urlencoded` body or query string: `name=value` pairs joined by `&`,
/// with `+` for a space and `%XX` for any other byte of the UTF-8 text.
public struct URLEncodedForm: Sendable {
    /// The pairs in the order they were sent, names and values decoded.
    /// Invalid UTF-8 after decoding becomes U+FFFD.
    public let pairs: [(name: String, value: String)]

    /// Parses a body or query string (without the leading `?`).
    public init(_ text: String) throws(FormError) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Parses a body's bytes.
    public init(bytes: [UInt8]) throws(FormError) {
        var pairs: [(name: String, value: String)] = []
        for segment in bytes.split(separator: UInt8(ascii: "&")) {
            let equals = segment.firstIndex(of: UInt8(ascii: "=")) ?? segment.endIndex
            let name = try Self.decode(segment[..<equals])
            // A name without `=` has an empty value.
            let value = try Self.decode(segment[min(equals + 1, segment.endIndex)...])
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// The value of the first pair called `name`.
    public func field(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// The values of all pairs called `name`, in order (several checkboxes, a multiple select).
    public func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The pairs as a query string, without the leading `?`. Spaces become `%20`, not `+`, so that
    /// decoders that do not treat `+` as a space read the same text.
    public static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { PercentEncoding.encode($0.0) + "=" + PercentEncoding.encode($0.1) }.joined(separator: "&")
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) throws(FormError) -> String {
        guard let decoded = PercentEncoding.decode(bytes, plusIsSpace: true) else { throw .malformedPercentEscape }
        return String(decoding: decoded, as: UTF8.self)
    }
}

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `bytea` values: sent in binary format, read from the server's hex output (`\x00ff`).
enum PostgresBytea {
    /// The bytes of hex output, or nil for anything else (including the `escape` format of
    /// `bytea_output`, which the connection does not use).
    static func bytes(fromHex text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0, digits.starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "x")]) else {
            return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2 - 1)
        for offset in stride(from: 2, to: digits.count, by: 2) {
            guard let high = nibble(digits[offset]), let low = nibble(digits[offset + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func decode(_ text: String) throws(PostgresDecodingError) -> [UInt8] {
        guard let bytes = bytes(fromHex: text) else {
            throw PostgresDecodingError("is not bytea in hex format (bytea_output = hex)")
        }
        return bytes
    }
}

extension UInt8: PostgresArrayElement {
    /// `bytea`: `[UInt8]` is bytes, not an array of numbers.
    public static var postgresArrayType: String { "bytea" }
    /// The bytes, sent in binary format.
    public static func postgresArrayValue(_ elements: [UInt8]) -> PostgresValue {
        .bytes(elements)
    }
    /// The bytes of `bytea` hex output.
    public static func postgresArray(fromText text: String) throws(PostgresDecodingError) -> [UInt8] {
        try PostgresBytea.decode(text)
    }
}

extension Data: PostgresEncodable, PostgresDecodable {
    /// `bytea`.
    public static var postgresType: String? { "bytea" }
    /// The bytes, sent in binary format.
    public var postgresValue: PostgresValue? { .bytes(Array(self)) }
    /// The bytes of `bytea` hex output.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        self = Data(try PostgresBytea.decode(text))
    }
}

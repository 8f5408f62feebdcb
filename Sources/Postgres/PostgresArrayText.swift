/// PostgreSQL's text form of one-dimensional arrays: `{"a","b c",NULL}`.
/// See <https://www.postgresql.org/docs/15/arrays.html#ARRAYS-IO>.
enum PostgresArrayText {
    /// An array literal with every element double-quoted, backslash and double quote escaped,
    /// so no element can be read as NULL, a delimiter or a nested array.
    static func literal(_ elements: [String]) -> String {
        let quoted = elements.map { element in
            var text = "\""
            for character in element.unicodeScalars {
                if character == "\\" || character == "\"" { text.unicodeScalars.append("\\") }
                text.unicodeScalars.append(character)
            }
            return text + "\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }

    /// The decoded elements of a one-dimensional array without NULLs.
    static func elements<Element: PostgresDecodable>(of text: String, as type: Element.Type)
        throws(PostgresDecodingError) -> [Element]
    {
        guard let items = parse(text) else { throw PostgresDecodingError("is not a one-dimensional array") }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        for item in items {
            guard let item else { throw PostgresDecodingError("has a NULL array element") }
            do {
                elements.append(try Element(postgresText: item))
            } catch {
                throw PostgresDecodingError("has an array element that \(error.reason)")
            }
        }
        return elements
    }

    /// The elements of `array_out` text (nil for NULL), or nil when the text is not a
    /// one-dimensional array. A `[2:3]=` bounds prefix is skipped.
    static func parse(_ text: String) -> [String?]? {
        var reader = Reader(bytes: Array(text.utf8))
        if reader.peek == UInt8(ascii: "[") {
            guard reader.skip(past: UInt8(ascii: "=")) else { return nil }
        }
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        var items: [String?] = []
        if !reader.take(UInt8(ascii: "}")) {
            repeat {
                guard let item = reader.element() else { return nil }
                items.append(item)
            } while reader.take(UInt8(ascii: ","))
            guard reader.take(UInt8(ascii: "}")) else { return nil }
        }
        return reader.isAtEnd ? items : nil
    }

    /// A cursor over the UTF-8 bytes; multi-byte characters never contain the ASCII bytes it
    /// looks for, so elements can be cut out byte-wise.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
        var isAtEnd: Bool { index == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func skip(past byte: UInt8) -> Bool {
            guard let found = bytes[index...].firstIndex(of: byte) else { return false }
            index = found + 1
            return true
        }

        /// One element: quoted (backslash escapes the next byte) or bare (`NULL` is NULL);
        /// `.some(nil)` for NULL, nil when malformed or nested.
        mutating func element() -> String?? {
            peek == UInt8(ascii: "\"") ? quoted().map { .some($0) } : bare()
        }

        private mutating func quoted() -> String? {
            index += 1
            var element: [UInt8] = []
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: element, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard let escaped = peek else { return nil }
                    element.append(escaped)
                    index += 1
                default: element.append(byte)
                }
            }
            return nil
        }

        private mutating func bare() -> String?? {
            let start = index
            let special: Set<UInt8> = [UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "\\")]
            while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}") {
                guard !special.contains(byte) else { return nil }
                index += 1
            }
            guard index > start else { return nil }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            return .some(text == "NULL" ? nil : text)
        }
    }
}

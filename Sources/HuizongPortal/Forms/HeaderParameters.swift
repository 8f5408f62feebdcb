/// A header value followed by `; name=value` parameters, as in Content-Type and Content-Disposition
/// (RFC 9110 §5.6.6). Values may be tokens or quoted strings.
struct HeaderParameters {
    /// The part before the first `;`, trimmed and lowercased (`multipart/form-data`, `form-data`).
    let value: String
    /// Parameter values by lowercased name; of repeated names the first wins.
    let parameters: [String: String]

    init(_ header: String) {
        var reader = Reader(bytes: Array(header.utf8))
        value = reader.read(until: ";").lowercased()
        var parameters: [String: String] = [:]
        while reader.skip(";") {
            let name = reader.read(until: ";=").lowercased()
            let text = reader.skip("=") ? reader.readValue() : ""
            if !name.isEmpty, parameters[name] == nil { parameters[name] = text }
        }
        self.parameters = parameters
    }

    subscript(name: String) -> String? { parameters[name] }

    /// A cursor over the header's bytes; it only moves forward, so parsing is linear.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        /// Consumes `byte` (after white space) if it is next.
        mutating func skip(_ byte: Unicode.Scalar) -> Bool {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: byte) else { return false }
            index += 1
            return true
        }

        /// The trimmed text up to (not including) any of `stops` or the end.
        mutating func read(until stops: String) -> String {
            let start = index
            while index < bytes.count, !stops.utf8.contains(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index].trimmingWhitespace, as: UTF8.self)
        }

        /// A quoted string or a token.
        mutating func readValue() -> String {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return read(until: ";") }
            index += 1
            var out: [UInt8] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                // `\"` and `\\` are escapes; any other backslash is kept, as in a Windows path.
                if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: "\"") || bytes[index + 1] == UInt8(ascii: "\\")
                {
                    index += 1
                }
                out.append(bytes[index])
                index += 1
            }
            index = min(index + 1, bytes.count)
            _ = read(until: ";")  // text after the closing quote is ignored
            return String(decoding: out, as: UTF8.self)
        }

        private mutating func skipWhitespace() {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                index += 1
            }
        }
    }
}

/// The strict syntax of typed cells, checked byte by byte (no Decimal, no binary floating point).
enum CellSyntax {
    /// Most digits before the point: numeric(18,2) holds 16.
    static let maxYuanDigits = 16
    /// Most digits of a count, so that count × 100 fen stays far inside Int64.
    static let maxCountDigits = 9

    /// `text` without surrounding white space (including the ideographic space U+3000).
    static func trimmed(_ text: String) -> String {
        // fast path: almost every cell starts and ends in a printable ASCII character
        if let first = text.utf8.first, let last = text.utf8.last, isPrintableASCII(first),
            isPrintableASCII(last)
        {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Parses a trimmed yuan amount such as "1234.56" into fen.
    /// Thousands separators in groups of three are allowed only when `grouped` (the field was quoted).
    static func amount(_ text: String, grouped: Bool) -> Fen? {
        var bytes = text.utf8.makeIterator()
        var yuan: Int64 = 0
        var digits = 0
        var group = -1  // digits since the last separator; -1 before the first one
        var next = bytes.next()
        while let byte = next, byte != UInt8(ascii: ".") {
            if let digit = digitValue(byte) {
                digits += 1
                guard digits <= maxYuanDigits else { return nil }
                yuan = yuan * 10 + digit
                if group >= 0 { group += 1 }
            } else if byte == UInt8(ascii: ","), grouped, digits > 0,
                group == -1 ? digits <= 3 : group == 3
            {
                group = 0
            } else {
                return nil
            }
            next = bytes.next()
        }
        guard digits > 0, group == -1 || group == 3 else { return nil }
        guard next != nil else { return Fen(yuan * 100) }
        // after the point: one or two digits, nothing else
        guard let tenths = bytes.next().flatMap(digitValue) else { return nil }
        var fen = tenths * 10
        if let byte = bytes.next() {
            guard let hundredths = digitValue(byte), bytes.next() == nil else { return nil }
            fen += hundredths
        }
        return Fen(yuan * 100 + fen)
    }

    /// Parses a trimmed whole, non-negative count such as "17" into count × 100 fen.
    static func count(_ text: String) -> Fen? {
        guard (1...maxCountDigits).contains(text.utf8.count), let value = Int64(text), isDigits(text)
        else {
            return nil
        }
        return Fen(value * 100)
    }

    /// Whether `text` is exactly `length` ASCII digits.
    static func isDigits(_ text: String, length: Int) -> Bool {
        text.utf8.count == length && isDigits(text)
    }

    private static func isDigits(_ text: String) -> Bool {
        text.utf8.allSatisfy { digitValue($0) != nil }
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > UInt8(ascii: " ") && byte < 0x7F
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int64(byte - UInt8(ascii: "0")) : nil
    }
}

/// Exact decimal work on numbers as a workbook stores them, on their digits alone: no binary floating point.
public enum ExcelNumber {
    /// Excel shows and compares numbers to 15 significant digits.
    public static let significantDigits = 15

    /// The plain decimal form of a stored number's lexical text, as Excel displays it: no exponent, at most
    /// 15 significant digits (rounded half to even), no trailing fractional zeros or point.
    ///
    /// `1.5E-2` → `0.015`, `2.6749999999999998` → `2.675`, `1E+16` → `10000000000000000`. Nil when `lexical` is
    /// not a decimal number (letters, empty, `1e`, `NaN`, `INF`) or lies far outside the range of a double.
    public static func plainDecimal(_ lexical: String) -> String? {
        guard var number = DecimalDigits(lexical) else { return nil }
        number.round(toSignificantDigits: significantDigits)
        return number.plainText
    }

    /// Whether `lexical` is a number as `<v>` may hold it.
    static func isNumber(_ lexical: String) -> Bool {
        NumberSyntax(lexical.utf8) != nil
    }
}

/// Where the parts of a number's text lie: `-123.45E+6`.
struct NumberSyntax {
    var negative = false
    var integer: Range<Int> = 0..<0
    var fraction: Range<Int> = 0..<0
    var exponent = 0

    /// Exponents beyond this are far outside a double's range, and would only make long strings of zeros.
    static let exponentLimit = 100_000

    init?(_ text: String.UTF8View) {
        let bytes = Array(text)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        integer = Self.digits(bytes, from: &index)
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fraction = Self.digits(bytes, from: &index)
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            guard let value = Self.exponent(bytes, from: &index) else { return nil }
            exponent = value
        }
        guard index == bytes.count else { return nil }
    }

    private static func digits(_ bytes: [UInt8], from index: inout Int) -> Range<Int> {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return start..<index
    }

    private static func exponent(_ bytes: [UInt8], from index: inout Int) -> Int? {
        var sign = 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
        }
        let span = digits(bytes, from: &index)
        guard !span.isEmpty else { return nil }
        var value = 0
        for byte in bytes[span] {
            value = min(value * 10 + Int(byte - UInt8(ascii: "0")), exponentLimit)
        }
        return sign * value
    }
}

/// A decimal number as digits and a power of ten: value = digits × 10^exponent, digits without leading or
/// trailing zeros (none at all for zero).
struct DecimalDigits {
    var negative: Bool
    var digits: [UInt8]
    var exponent: Int

    /// Numbers whose leading digit lies further from the point than this are not ones a workbook can hold.
    static let magnitudeLimit = 400

    init?(_ lexical: String) {
        guard let syntax = NumberSyntax(lexical.utf8) else { return nil }
        let bytes = Array(lexical.utf8)
        let all = bytes[syntax.integer] + bytes[syntax.fraction]
        negative = syntax.negative
        digits = all.drop { $0 == UInt8(ascii: "0") }.map { $0 - UInt8(ascii: "0") }
        exponent = syntax.exponent - syntax.fraction.count
        trimTrailingZeros()
        guard digits.isEmpty || abs(digits.count + exponent) <= Self.magnitudeLimit else { return nil }
    }

    private mutating func trimTrailingZeros() {
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
    }

    /// Rounds half to even to at most `count` significant digits.
    mutating func round(toSignificantDigits count: Int) {
        guard digits.count > count else { return }
        let first = digits[count]
        let restIsZero = digits[(count + 1)...].allSatisfy { $0 == 0 }
        exponent += digits.count - count
        digits.removeSubrange(count...)
        let roundsUp = first > 5 || first == 5 && (!restIsZero || digits[count - 1] % 2 == 1)
        if roundsUp { incrementLast() }
        trimTrailingZeros()
    }

    private mutating func incrementLast() {
        for index in digits.indices.reversed() {
            if digits[index] < 9 {
                digits[index] += 1
                return
            }
            digits[index] = 0
        }
        digits.insert(1, at: 0)
    }

    /// `-0.015`, `10000000000000000`, `0` for zero of either sign.
    var plainText: String {
        guard !digits.isEmpty else { return "0" }
        let characters = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
        let integerCount = digits.count + exponent
        var text = negative ? "-" : ""
        if exponent >= 0 {
            text += String(characters) + String(repeating: "0", count: exponent)
        } else if integerCount > 0 {
            text += String(characters[..<integerCount]) + "." + String(characters[integerCount...])
        } else {
            text += "0." + String(repeating: "0", count: -integerCount) + String(characters)
        }
        return text
    }
}

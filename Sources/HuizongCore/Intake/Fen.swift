/// An exact amount in fen (1/100 yuan).
public struct Fen: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in fen.
    public var value: Int64

    /// An amount of `value` fen.
    public init(_ value: Int64) {
        self.value = value
    }

    public static func < (lhs: Fen, rhs: Fen) -> Bool {
        lhs.value < rhs.value
    }

    /// The amount in yuan with exactly two decimals: "1234.56", "0.08", "-3.00".
    public var description: String {
        // magnitude keeps Int64.min printable; written digit by digit, as intake formats every
        // amount of every line for COPY (interpolation was 7 % of its time)
        var yuan = value.magnitude / 100
        let fen = UInt8(value.magnitude % 100)
        var digits = 1
        var rest = yuan / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let negative = value < 0
        return String(unsafeUninitializedCapacity: digits + 4) { buffer in
            var end = (negative ? 1 : 0) + digits
            if negative { buffer[0] = UInt8(ascii: "-") }
            for index in stride(from: end - 1, through: end - digits, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(yuan % 10)
                yuan /= 10
            }
            buffer[end] = UInt8(ascii: ".")
            buffer[end + 1] = UInt8(ascii: "0") + fen / 10
            buffer[end + 2] = UInt8(ascii: "0") + fen % 10
            end += 3
            return end
        }
    }
}

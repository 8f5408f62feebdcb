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
        // magnitude keeps Int64.min printable
        let yuan = value.magnitude / 100
        let fen = value.magnitude % 100
        let sign = value < 0 ? "-" : ""
        return "\(sign)\(yuan).\(fen < 10 ? "0" : "")\(fen)"
    }
}

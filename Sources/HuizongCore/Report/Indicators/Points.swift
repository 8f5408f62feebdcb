import Foundation

/// Points of the 自评表 (分值, 得分), exact to two decimals: `4`, `3.5`, `2.25`. Kept as
/// hundredths so that weights add up exactly.
public struct Points: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Hundredths of a point.
    public var hundredths: Int64

    /// `hundredths` / 100 points.
    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    /// Whole points.
    public init(_ whole: Int) {
        hundredths = Int64(whole) * 100
    }

    /// `4`, `4.0`, `3.5`, `2.25`: non-negative, at most two decimals, at most six digits
    /// before the point; nil for anything else (`-1`, `3.125`, `四`, empty).
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 6,
            whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber)
        else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy(\.isASCII), fraction.allSatisfy(\.isNumber),
            parts.count == 1 || !fraction.isEmpty
        else { return nil }
        hundredths = Int64(whole)! * 100 + Int64(fraction.padding(toLength: 2, withPad: "0", startingAt: 0))!
    }

    public static let zero = Points(hundredths: 0)

    /// `4`, `3.5`, `2.25`: no trailing zeros.
    public var description: String {
        let whole = hundredths / 100
        let cents = hundredths % 100
        if cents == 0 { return String(whole) }
        if cents % 10 == 0 { return "\(whole).\(cents / 10)" }
        return "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }
}

extension Points: Decodable {
    /// A YAML scalar (`10`, `2.5`) read as text, never through a binary float.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let points = Points(text: text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not points: \(text)"))
        }
        self = points
    }
}

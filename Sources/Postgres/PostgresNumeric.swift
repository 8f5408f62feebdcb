#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Strict reading of `numeric` text into `Decimal`, never through `Double`.
enum PostgresNumeric {
    /// The exact value of text like `-12345678901234567.89`, or nil when it is not plain
    /// decimal notation or `Decimal` (38 digits) cannot hold it exactly.
    static func decimal(_ text: String) -> Decimal? {
        guard let canonical = canonical(text), let value = Decimal(string: text),
            self.canonical(value.description) == canonical
        else { return nil }
        return value
    }

    /// `-?digits(.digits)?` without redundant zeros and without the sign of zero; nil for
    /// anything else (exponents, spaces, NaN, Infinity, a lone dot).
    static func canonical(_ text: String) -> String? {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
        guard parts.allSatisfy(isDigits) else { return nil }
        let whole = parts[0].drop { $0 == "0" }
        let fraction = parts.count == 2 ? String(parts[1].reversed().drop { $0 == "0" }.reversed()) : ""
        if whole.isEmpty && fraction.isEmpty { return "0" }
        let sign = text.hasPrefix("-") ? "-" : ""
        return sign + (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction)
    }
}

extension Decimal: PostgresDecodable {
    /// Exact `numeric` text; NaN, infinities and values beyond 38 digits are refused rather
    /// than rounded.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        guard let value = PostgresNumeric.decimal(text) else {
            throw PostgresDecodingError("is not a decimal number that Decimal holds exactly")
        }
        self = value
    }
}

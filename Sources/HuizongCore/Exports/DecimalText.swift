/// Exact arithmetic on decimal text, for the few places an export changes a figure's scale.
enum DecimalText {
    /// `text` with its point moved `places` to the right (left when negative):
    /// ("97.85", -2) → "0.9785". Digits only move, so nothing is rounded.
    static func shifted(_ text: String, places: Int) -> String {
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0] + (parts.count > 1 ? parts[1] : ""))
        var point = parts[0].count + places
        if point <= 0 {
            digits.insert(contentsOf: Array(repeating: "0", count: 1 - point), at: 0)
            point = 1
        }
        if point > digits.count { digits.append(contentsOf: Array(repeating: "0", count: point - digits.count)) }
        var whole = String(digits[..<point]).drop { $0 == "0" }
        var fraction = String(digits[point...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        let result = fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
        return negative && result != "0" ? "-" + result : result
    }
}

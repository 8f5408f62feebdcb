import Foundation

/// Exact decimal arithmetic for judging printed figures: rounding as printed, never through `Double`.
enum Exact {
    /// `value` rounded half away from zero to `scale` places, as reports round.
    static func rounded(_ value: Decimal, scale: Int) -> Decimal {
        round(value, scale: scale, mode: .plain)
    }

    /// `value` cut (not rounded) to `scale` places.
    static func truncated(_ value: Decimal, scale: Int) -> Decimal {
        round(value, scale: scale, mode: value < 0 ? .up : .down)
    }

    private static func round(_ value: Decimal, scale: Int, mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, mode)
        return output
    }

    /// `value` with exactly `scale` places (`77.1` at 2 → `77.10`).
    static func text(_ value: Decimal, scale: Int) -> String {
        let plain = rounded(value, scale: scale).description
        guard scale > 0 else { return plain }
        let parts = plain.split(separator: ".", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return parts[0] + "." + fraction + String(repeating: "0", count: max(0, scale - fraction.count))
    }

    /// Half of one unit of the finest place among the figures, in base units: what rounding one figure may cost.
    static func halfUnit(_ figures: [PrintedFigure]) -> Decimal {
        guard let finest = figures.map(\.precision).min() else { return 0 }
        return finest / 2
    }

    /// The finest scale among figures of one unit.
    static func finestScale(_ figures: [PrintedFigure]) -> Int {
        figures.map(\.scale).max() ?? 0
    }
}

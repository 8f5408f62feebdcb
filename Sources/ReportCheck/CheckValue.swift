import Foundation

/// A typed argument of a finding.
public enum CheckValue: Sendable, Equatable, Encodable {
    /// An exact amount with the unit it is shown in (`2858.41`, `万元`).
    case figure(Decimal, unit: String, scale: Int)
    case figures([CheckValue])
    case text(String)
    case integer(Int)

    /// The value as a reader sees it; units in the figure's own words.
    public var rendered: String {
        switch self {
        case .figure(let value, let unit, let scale): Exact.text(value, scale: scale) + unit
        case .figures(let values): values.map(\.rendered).joined(separator: " + ")
        case .text(let text): text
        case .integer(let value): String(value)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .figure(let value, let unit, let scale):
            // The value as an exact decimal string: JSON numbers lose precision in many readers.
            try container.encode(["value": Exact.text(value, scale: scale), "unit": unit])
        case .figures(let values): try container.encode(values)
        case .text(let text): try container.encode(text)
        case .integer(let value): try container.encode(value)
        }
    }

    /// A printed figure's value in its own unit.
    static func of(_ figure: PrintedFigure) -> CheckValue {
        .figure(figure.value, unit: figure.unitWord, scale: figure.scale)
    }
}

extension PrintedFigure {
    /// The unit as printed (`万元`, `%`, `名`).
    var unitWord: String {
        switch unit {
        case .money(let yuan): yuan == 1 ? "元" : yuan == 10_000 ? "万元" : "亿元"
        case .percent: "%"
        case .points: "个百分点"
        case .count(let word): word
        }
    }
}

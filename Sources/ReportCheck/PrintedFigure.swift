import Foundation

/// A number as the text prints it, with its unit and where it stands.
public struct PrintedFigure: Sendable, Equatable {
    /// The value in its own unit, exactly as printed.
    public var value: Decimal
    /// Decimal places printed (`2858.4` has 1).
    public var scale: Int
    public var unit: FigureUnit
    /// The number as printed, after normalising full-width digits and dropping separators.
    public var number: String
    /// Character offsets in the paragraph, number and unit.
    public var range: Range<Int>
    /// The words before the figure in its clause: what it is a figure of.
    public var label: String
    /// Inside brackets: an aside, never a part of a list.
    public var inBrackets: Bool
    /// The label's key (`FigureLabel.key`), computed once: names are compared often.
    var labelKey: String = ""

    /// The value in 元 for money, else the value.
    public var base: Decimal { value * unit.factor }

    /// One unit of the last printed place, in base units.
    public var precision: Decimal { Decimal(sign: .plus, exponent: -scale, significand: 1) * unit.factor }

    /// The figure as printed with its unit, for messages.
    public var printed: String { number + unitWord }
}

import Foundation

/// Judges a stated rate against the figures it is computed from.
enum ShareJudge {
    /// `rate` against `part / whole × 100`: truncated (warning), within the figures' rounding (note), or wrong.
    static func verdict(rate: PrintedFigure, part: Decimal, whole: Decimal, inputsHalfUnit: Decimal)
        -> (code: Verdict, exact: Decimal, expected: Decimal)?
    {
        guard whole != 0 else { return nil }
        let exact = part / whole * 100
        let expected = Exact.rounded(exact, scale: rate.scale)
        if rate.value == expected { return nil }
        if rate.value == Exact.truncated(exact, scale: rate.scale) { return (.truncated, exact, expected) }
        // How far the exact rate may move when the printed part and whole were themselves rounded.
        let spread = abs(exact) * inputsHalfUnit * (1 / abs(part == 0 ? whole : part) + 1 / abs(whole))
        let slack = spread + Decimal(sign: .plus, exponent: -rate.scale, significand: 5) / 10
        return (abs(rate.value - exact) <= slack ? .rounding : .wrong, exact, expected)
    }

    enum Verdict {
        case truncated, rounding, wrong
    }

    static func finding(_ share: ShareRelation) -> CheckFinding? {
        let half = Exact.halfUnit([share.part, share.whole])
        guard
            let (verdict, exact, expected) = verdict(
                rate: share.rate, part: share.part.base, whole: share.whole.base, inputsHalfUnit: half)
        else { return nil }
        let code: CheckCode =
            switch verdict {
            case .truncated: .shareTruncated
            case .rounding: .shareRounding
            case .wrong: .shareMismatch
            }
        let expectedValue = CheckValue.figure(expected, unit: "%", scale: share.rate.scale)
        return CheckFinding(
            code: code, paragraph: share.sentence.paragraph, offset: share.rate.range.lowerBound,
            quote: share.sentence.quote, printed: share.rate.printed, expected: expectedValue.rendered,
            args: [
                "part": .of(share.part), "whole": .of(share.whole), "printed": .of(share.rate),
                "exact": .figure(exact, unit: "%", scale: share.rate.scale + 2), "expected": expectedValue,
            ])
    }
}

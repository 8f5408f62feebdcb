import Foundation

/// Judges a total against its parts: exact, within rounding (a note), or wrong (an error naming the right total).
enum SumJudge {
    static func finding(_ relation: SumRelation) -> CheckFinding? {
        let total = relation.total
        let parts = relation.parts
        let sum = parts.map(\.base).reduce(0, +)
        let difference = total.base - sum
        if difference == 0 { return nil }
        let all = parts + [total]
        // Each rounded figure, the parts and the total, may be off by half a unit of the finest place printed.
        let tolerance = total.unit.isRounded ? Exact.halfUnit(all) * Decimal(all.count) : 0
        if !relation.exhaustive || parts.count < 2 {
            guard sum > total.base + tolerance else { return nil }
            return make(.partsExceedTotal, relation, sum: sum, difference: difference)
        }
        let code: CheckCode = abs(difference) <= tolerance ? .sumRounding : .sumMismatch
        return make(code, relation, sum: sum, difference: difference)
    }

    private static func make(_ code: CheckCode, _ relation: SumRelation, sum: Decimal, difference: Decimal)
        -> CheckFinding
    {
        let total = relation.total
        let scale = displayScale(relation.parts + [total], in: total)
        let unit = total.unitWord
        let sumValue = CheckValue.figure(sum / total.unit.factor, unit: unit, scale: scale)
        let located = relation.sentence.figures.contains(total) ? total : relation.parts[0]
        return CheckFinding(
            code: code, paragraph: relation.sentence.paragraph, offset: located.range.lowerBound,
            quote: relation.sentence.quote, printed: total.printed,
            expected: code == .partsExceedTotal ? nil : sumValue.rendered,
            args: [
                "total": .of(total), "sum": sumValue, "parts": .figures(relation.parts.map(CheckValue.of)),
                "difference": .figure(abs(difference) / total.unit.factor, unit: unit, scale: scale),
                "count": .integer(relation.parts.count + 1),
            ])
    }

    /// Places needed to show the finest printed figure in the total's unit (`0.01万元` → 2).
    static func displayScale(_ figures: [PrintedFigure], in reference: PrintedFigure) -> Int {
        guard let finest = figures.map(\.precision).min() else { return reference.scale }
        var scale = 0
        var unit = reference.unit.factor
        while unit > finest, scale < 8 {
            unit /= 10
            scale += 1
        }
        return scale
    }
}

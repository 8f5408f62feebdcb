import Foundation

/// Judges a change: its amount against the two figures, its direction, its rate, and the prior it implies.
enum ChangeJudge {
    static func findings(_ change: ChangeRelation) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        if let prior = change.prior {
            findings += amount(change, prior: prior)
        }
        if let rate = change.rate, let finding = rateFinding(change, rate: rate) { findings.append(finding) }
        return findings
    }

    /// The prior the change implies: the current figure minus an increase, plus a decrease (in 元).
    static func impliedPrior(_ change: ChangeRelation) -> Decimal {
        change.isDecrease ? change.current.base + change.change.base : change.current.base - change.change.base
    }

    private static func amount(_ change: ChangeRelation, prior: PrintedFigure) -> [CheckFinding] {
        let difference = change.current.base - prior.base
        let figures = [change.current, prior, change.change]
        if difference != 0, (difference < 0) != change.isDecrease {
            return [make(.changeDirection, change, prior: prior, expected: nil, extra: direction(change, difference))]
        }
        let gap = abs(abs(difference) - change.change.base)
        if gap == 0 { return [] }
        let code: CheckCode = gap <= Exact.halfUnit(figures) * 3 ? .changeRounding : .changeMismatch
        let scale = SumJudge.displayScale(figures, in: change.change)
        let expected = CheckValue.figure(
            abs(difference) / change.change.unit.factor, unit: change.change.unitWord, scale: scale)
        return [make(code, change, prior: prior, expected: expected, extra: [:])]
    }

    private static func direction(_ change: ChangeRelation, _ difference: Decimal) -> [String: CheckValue] {
        [
            "direction": .text(difference < 0 ? "减少" : "增加"),
            "stated": .text(change.isDecrease ? "减少" : "增加"),
        ]
    }

    private static func make(
        _ code: CheckCode, _ change: ChangeRelation, prior: PrintedFigure, expected: CheckValue?,
        extra: [String: CheckValue]
    ) -> CheckFinding {
        var args: [String: CheckValue] = [
            "current": .of(change.current), "prior": .of(prior), "printed": .of(change.change),
        ]
        if let expected { args["expected"] = expected }
        args.merge(extra) { $1 }
        return CheckFinding(
            code: code, paragraph: change.sentence.paragraph, offset: change.change.range.lowerBound,
            quote: change.sentence.quote, printed: change.change.printed, expected: expected?.rendered, args: args)
    }

    /// The rate against the change on the prior (printed, else implied).
    private static func rateFinding(_ change: ChangeRelation, rate: PrintedFigure) -> CheckFinding? {
        let prior = change.prior?.base ?? impliedPrior(change)
        let half = Exact.halfUnit([change.current, change.change] + (change.prior.map { [$0] } ?? []))
        guard
            let (verdict, exact, expected) = ShareJudge.verdict(
                rate: rate, part: change.change.base, whole: prior, inputsHalfUnit: half),
            verdict != .rounding
        else { return nil }
        let scale = SumJudge.displayScale([change.current, change.change], in: change.change)
        let expectedValue = CheckValue.figure(expected, unit: "%", scale: rate.scale)
        return CheckFinding(
            code: verdict == .truncated ? .rateTruncated : .rateMismatch, paragraph: change.sentence.paragraph,
            offset: rate.range.lowerBound, quote: change.sentence.quote, printed: rate.printed,
            expected: expectedValue.rendered,
            args: [
                "change": .of(change.change), "printed": .of(rate), "expected": expectedValue,
                "prior": .figure(prior / change.change.unit.factor, unit: change.change.unitWord, scale: scale),
                "exact": .figure(exact, unit: "%", scale: rate.scale + 2),
            ])
    }
}

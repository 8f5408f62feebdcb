import Foundation

/// The shares of every part of one whole must add to 100 %.
enum SharesTotalJudge {
    static func findings(_ shares: [ShareRelation], sums: [SumRelation]) -> [CheckFinding] {
        sums.compactMap { sum in
            guard sum.exhaustive, sum.parts.count >= 2 else { return nil }
            let rates = sum.parts.compactMap { part in shares.first { $0.part == part && $0.whole == sum.total }?.rate }
            guard rates.count == sum.parts.count else { return nil }
            let total = rates.map(\.value).reduce(0, +)
            let tolerance = rates.map { Decimal(sign: .plus, exponent: -$0.scale, significand: 5) / 10 }.reduce(0, +)
            guard abs(total - 100) > tolerance else { return nil }
            let scale = rates.map(\.scale).max() ?? 0
            return CheckFinding(
                code: .sharesTotal, paragraph: sum.sentence.paragraph, offset: rates[0].range.lowerBound,
                quote: sum.sentence.quote, printed: Exact.text(total, scale: scale) + "%", expected: "100%",
                args: [
                    "shares": .figures(rates.map(CheckValue.of)), "sum": .figure(total, unit: "%", scale: scale),
                ])
        }
    }
}

import Foundation

/// Whether an actual meets a 年度指标值 (`spec/report.md`, "The office's indicators"): a
/// comparison (`≥90%`, `≤100%`, `<100%`) or a bare figure (`100家`, read as the edition's
/// `bare` says) is decided on figures in the same unit; any other target is met by an equal
/// actual (`合规` = `合规`). What cannot be decided is left to the office's score.
public enum IndicatorTarget {
    /// A target's verdict on an actual.
    public enum Verdict: String, Sendable {
        case met
        case notMet = "not_met"
        case undecidable
    }

    /// The verdict of `target` on `actual`.
    public static func judge(target: String, actual: String?, bare: ScoringEdition.Targets.Bare) -> Verdict {
        let target = target.trimmingCharacters(in: .whitespaces)
        guard let actual = actual?.trimmingCharacters(in: .whitespaces), !actual.isEmpty else { return .undecidable }
        if let (comparison, rest) = comparison(target) {
            guard let goal = Quantity(rest), let found = Quantity(actual), goal.unit == found.unit else {
                return .undecidable
            }
            return comparison(found.value, goal.value) ? .met : .notMet
        }
        if let goal = Quantity(target) {
            guard let found = Quantity(actual), goal.unit == found.unit else { return .undecidable }
            let met = bare == .atLeast ? found.value >= goal.value : found.value == goal.value
            return met ? .met : .notMet
        }
        return actual == target ? .met : .undecidable
    }

    /// The comparison a target starts with, and the rest of it.
    private static func comparison(_ target: String) -> ((Decimal, Decimal) -> Bool, String)? {
        let operators: [(String, (Decimal, Decimal) -> Bool)] = [
            ("≥", (>=)), (">=", (>=)), ("≧", (>=)), ("≤", (<=)), ("<=", (<=)), ("≦", (<=)), ("<", (<)), (">", (>)),
            ("＜", (<)), ("＞", (>)), ("=", (==)), ("＝", (==)),
        ]
        for (symbol, compare) in operators where target.hasPrefix(symbol) {
            return (compare, String(target.dropFirst(symbol.count)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// A figure and its unit: `98%` → (98, "%"), `113家` → (113, "家"), `6.8` → (6.8, "").
    struct Quantity {
        var value: Decimal
        var unit: String

        init?(_ text: String) {
            let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !digits.isEmpty, digits.first != ".", digits.last != ".",
                digits.filter({ $0 == "." }).count <= 1, let value = Decimal(string: String(digits))
            else { return nil }
            self.value = value
            unit = String(text.dropFirst(digits.count)).trimmingCharacters(in: .whitespaces)
            // A unit is a short word (%, 家, 个, 万元), never a sentence with more figures in it.
            guard unit.count <= 4, !unit.contains(where: { $0.isNumber }) else { return nil }
        }
    }
}

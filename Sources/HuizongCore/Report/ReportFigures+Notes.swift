extension ReportFigures {
    /// The notes the figures call for: the draft, rounding differences, figures left to the
    /// office, and the office's prose not yet written.
    func derivedNotes() -> [ReportNote] {
        var notes: [ReportNote] = []
        if draft {
            notes.append(ReportNote(.draft, ["run": .number(source.runId), "missing": .list(source.missingUnits)]))
        }
        notes += roundingNotes()
        notes += unsupportedNotes()
        notes.append(ReportNote(.budgetTypeNotInFormat))
        for part in ReportProse.Part.allCases where prose[part] == nil {
            notes.append(ReportNote(.proseMissing, ["part": .text(part.rawValue)]))
        }
        return notes
    }

    private func roundingNotes() -> [ReportNote] {
        let incomeParts = [
            income.generalPublic, income.governmentFund, income.business, income.operating, income.fromSuperior,
            income.other, income.carryover,
        ]
        let checks: [(String, [ExportAmount], ExportAmount)] = [
            ("income", incomeParts, income.total),
            ("expenditure", [expenditure.basic, expenditure.project], expenditure.total),
            ("basic.by_econ", basic.byEcon.map(\.amount), basic.actual),
            ("basic.by_unit", basic.byUnit.map(\.amount), basic.actual),
            ("three_public.parts.budget", threePublic.parts.map(\.budget), threePublic.budget),
            ("three_public.parts.actual", threePublic.parts.map(\.actual), threePublic.actual),
            ("project.by_econ", project.byEcon.map(\.amount), project.actual),
            ("project.by_func", project.byFunc.map(\.amount), project.actual),
        ]
        var notes = checks.compactMap { figure, parts, total in
            Self.roundingNote(figure, parts: parts.map(\.wan), total: total.wan)
        }
        if let basicShare = expenditure.basicShare, let projectShare = expenditure.projectShare {
            let sum = Hundredths(basicShare) + Hundredths(projectShare)
            if sum != Hundredths("100.00") {
                notes.append(ReportNote(.roundingShares, ["figure": "expenditure.shares", "sum": .text(sum.text)]))
            }
        }
        return notes
    }

    /// A note when `parts` (万元, as shown) do not add to `total` (as shown).
    private static func roundingNote(_ figure: String, parts: [String], total: String) -> ReportNote? {
        guard !parts.isEmpty else { return nil }
        let sum = parts.map(Hundredths.init).reduce(Hundredths("0"), +)
        let shown = Hundredths(total)
        guard sum != shown else { return nil }
        return ReportNote(
            .roundingParts,
            [
                "figure": .text(figure), "parts_sum": .text(sum.text), "total": .text(total),
                "difference": .text((sum - shown).magnitude.text),
            ])
    }

    private func unsupportedNotes() -> [ReportNote] {
        var notes: [ReportNote] = []
        func noBase(_ figure: String, _ base: String) {
            notes.append(ReportNote(.noBase, ["figure": .text(figure), "base": .text(base)]))
        }
        if staffing.authorized == nil {
            notes.append(ReportNote(.notDeclared, ["figure": "staffing"]))
        } else if staffing.controlRate == nil {
            noBase("staffing.control_rate", "staffing.authorized")
        }
        if expenditure.basicShare == nil { noBase("expenditure.basic_share", "expenditure.total") }
        if funds.executionRate == nil { noBase("funds.execution_rate", "funds.final") }
        notes.append(ReportNote(.notInFormat, ["figure": "funds.special_account"]))
        if threePublic.vehicleCount == nil {
            notes.append(ReportNote(.notDeclared, ["figure": "three_public.vehicle_count"]))
        }
        let bases = [
            "staff_control_rate": "staffing.authorized", "three_public_control_rate": "three_public.budget",
            "public_funds_control_rate": "basic.public_funds_final", "procurement_execution_rate": "procurement.budget",
        ]
        // Without staffing the note on staffing says it already.
        for indicator in costIndicators where indicator.value == nil {
            if indicator.key == "staff_control_rate" && staffing.authorized == nil { continue }
            noBase("cost_indicators.\(indicator.key)", bases[indicator.key] ?? "")
        }
        return notes
    }
}

/// A two-decimal amount as whole hundredths, to add shown figures exactly as they are printed.
struct Hundredths: Equatable {
    var value: Int64

    /// `"1776.59"`, `"-12.00"` or `"0"`; the query's own output, always well formed.
    init(_ text: String) {
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Int64(parts[0]) ?? 0
        let fraction = parts.count > 1 ? Int64(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0 : 0
        value = (whole * 100 + fraction) * (negative ? -1 : 1)
    }

    private init(value: Int64) { self.value = value }

    static func + (lhs: Hundredths, rhs: Hundredths) -> Hundredths { Hundredths(value: lhs.value + rhs.value) }
    static func - (lhs: Hundredths, rhs: Hundredths) -> Hundredths { Hundredths(value: lhs.value - rhs.value) }

    var magnitude: Hundredths { Hundredths(value: abs(value)) }

    /// Two decimals, as the query prints them.
    var text: String {
        let digits = abs(value)
        let cents = digits % 100
        return (value < 0 ? "-" : "") + "\(digits / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }
}

import HuizongCore
import Testing

/// prior_year_change (warning): a figure (income, 三公 and procurement items; expenditure per
/// kind) that moved by more than half against the unit's submission in force for the year before.
@Suite struct RulePriorYearChangeTests {
    static let rule = "prior_year_change"

    /// A database where 401002's 2021 file (the builder's default) is accepted.
    static func withPriorYear(_ prior: RuleSubmissionBuilder = RuleSubmissionBuilder(year: 2021)) throws
        -> TestDatabase
    {
        let db = try RuleFixture.database()
        let outcome = try RuleFixture.submit(prior, to: db)
        #expect(outcome.status == .accepted, "\(outcome.findings)")
        return db
    }

    /// Moves of exactly half, up or down, are within bounds.
    @Test func clean() throws {
        let db = try Self.withPriorYear()
        var file = RuleSubmissionBuilder(year: 2022)
        try file.change(RuleRow.item("income", "carryover")) { $0.actual = "30000.00" }
        try file.change(RuleRow.item("procurement", "total")) {
            $0.budgetFinal = "150000"; $0.actual = "150000"
        }
        try file.change(RuleRow.item("three_public", "vehicle_count")) { $0.actual = "3" }
        let outcome = try RuleFixture.submit(file, to: db)
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violatingItem() throws {
        let db = try Self.withPriorYear()
        var file = RuleSubmissionBuilder(year: 2022)
        try file.change(RuleRow.item("income", "carryover")) { $0.actual = "30000.01" }
        let outcome = try RuleFixture.submit(file, to: db)
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .acceptedWithWarnings,
            [
                RuleFixture.finding(
                    Self.rule, .warning, line: 9, column: "actual",
                    expected: "income/carryover within half of last year's 20000.00", found: "30000.01")
            ])
    }

    /// vehicle_count is a three_public item too: a count, shown the way numeric(18, 2) prints it.
    @Test func violatingCount() throws {
        let db = try Self.withPriorYear()
        var file = RuleSubmissionBuilder(year: 2022)
        try file.change(RuleRow.item("three_public", "vehicle_count")) { $0.actual = "4" }
        let outcome = try RuleFixture.submit(file, to: db)
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .acceptedWithWarnings,
            [
                RuleFixture.finding(
                    Self.rule, .warning, line: 15, column: "actual",
                    expected: "three_public/vehicle_count within half of last year's 2.00", found: "4.00")
            ])
    }

    /// Expenditure is compared per kind, over all of a kind's lines, so the finding has no line.
    @Test func violatingExpenditureKind() throws {
        let db = try Self.withPriorYear()
        var file = RuleSubmissionBuilder(year: 2022)
        // appropriation follows: 1 500 000 -> 2 125 000, within half
        try file.change(RuleRow.line(econ: "30299")) {
            $0.budgetFinal = "1000000.00"; $0.actual = "1000000.00"
        }
        file.append(
            .project(
                "无线电监测设备运行维护", type: "operations", func: "2150508", econ: "30213", initial: "0",
                final: "500000.00", actual: "500000.00"))
        let outcome = try RuleFixture.submit(file, to: db)
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .acceptedWithWarnings,
            [
                RuleFixture.finding(
                    Self.rule, .warning, line: nil, column: "actual",
                    expected: "expenditure/project within half of last year's 875000.00", found: "1500000.00")
            ])
    }

    /// The comparison is with the newest accepted version of the year before, not its first.
    @Test func comparesWithSubmissionInForce() throws {
        let db = try Self.withPriorYear()
        var second2021 = RuleSubmissionBuilder(year: 2021)
        try second2021.change(RuleRow.item("income", "carryover")) { $0.actual = "30000.00" }
        #expect(try RuleFixture.submit(second2021, to: db).version == 2)
        var rejected2021 = RuleSubmissionBuilder(year: 2021)
        try rejected2021.change(RuleRow.item("income", "carryover")) { $0.actual = "90000.00" }
        rejected2021.appropriation = "1"
        #expect(try RuleFixture.submit(rejected2021, to: db).status == .rejected)

        var within = RuleSubmissionBuilder(year: 2022)
        try within.change(RuleRow.item("income", "carryover")) { $0.actual = "45000.00" }  // v1 20000 would warn
        RuleFixture.expectClean(try RuleFixture.submit(within, to: db), rule: Self.rule)

        var beyond = RuleSubmissionBuilder(year: 2022)
        try beyond.change(RuleRow.item("income", "carryover")) { $0.actual = "14999.99" }
        RuleFixture.expectViolation(
            try RuleFixture.submit(beyond, to: db), rule: Self.rule, status: .acceptedWithWarnings,
            [
                RuleFixture.finding(
                    Self.rule, .warning, line: 9, column: "actual",
                    expected: "income/carryover within half of last year's 30000.00", found: "14999.99")
            ])
    }

    /// Without an accepted year before there is nothing to compare with.
    @Test func cleanWithoutPriorYear() throws {
        let db = try RuleFixture.database()
        var file = RuleSubmissionBuilder(year: 2022)
        try file.change(RuleRow.item("income", "carryover")) { $0.actual = "900000.00" }
        RuleFixture.expectClean(try RuleFixture.submit(file, to: db), rule: Self.rule)
    }

    /// An empty amount cell is 0 (spec), so a figure left empty after last year's 300 000 moved
    /// by all of it.
    @Test func emptyCellIsAChangeToZero() throws {
        let db = try Self.withPriorYear()
        var file = RuleSubmissionBuilder(year: 2022)
        try file.change(RuleRow.item("procurement", "total")) {
            $0.budgetFinal = ""; $0.actual = ""
        }
        let outcome = try RuleFixture.submit(file, to: db)
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .acceptedWithWarnings,
            [
                RuleFixture.finding(
                    Self.rule, .warning, line: 16, column: "actual",
                    expected: "procurement/total within half of last year's 300000.00", found: "0.00")
            ])

    }
}

import HuizongCore
import Testing

/// balance: income in total = expenditure actual + transfers out + year_end, to the fen.
@Suite struct RuleBalanceTests {
    static let rule = "balance"

    /// Every term of the identity in use, holding exactly.
    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(.figure("income", "business", "98600.00"))
        file.append(.figure("income", "other", "0.01"))
        file.append(.figure("transfer", "to_subordinate", "80000.00", text: "401003"))
        try file.change(RuleRow.item("balance", "year_end")) { $0.actual = "12345.67" }
        file.appropriation = "1493745.66"  // 1520000 + 80000 + 12345.67 - 20000 - 98600 - 0.01
        #expect(file.appropriation == file.balancingAppropriation)
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        file.append(.figure("transfer", "to_subordinate", "5000.00", text: "401003"))
        try file.change(RuleRow.item("balance", "year_end")) { $0.actual = "1000" }
        file.appropriation = "1500000.00"  // 6000 short
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: nil,
                    expected: "income 1526000.00 = expenditure 1520000.00 + transfers 5000.00 + year_end 1000.00",
                    found: "income 1520000.00")
            ])
    }

    @Test func violatingByOneFen() throws {
        var file = RuleSubmissionBuilder()
        file.appropriation = "1500000.01"
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: nil,
                    expected: "income 1520000.00 = expenditure 1520000.00 + transfers 0.00 + year_end 0.00",
                    found: "income 1520000.01")
            ])
    }
}

/// three_public_match: each declared 三公 figure (actual and budget_final) equals the expenditure
/// lines with its economic code: overseas 30212, reception 30217, vehicle_operation 30231,
/// vehicle_purchase 31013.
@Suite struct RuleThreePublicMatchTests {
    static let rule = "three_public_match"

    static func expected(_ item: String, _ amount: String, _ code: String) -> String {
        "\(item) \(amount) (the lines with economic code \(code))"
    }

    /// Basic and project lines of a code add up; a declared 0 needs no line.
    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(.basic(func: "2150508", econ: "30217", initial: "5000", final: "4000.00", actual: "3800.00"))
        file.append(
            .project(
                RuleSubmissionBuilder.projectName, type: "special", func: "2150508", econ: "30217", initial: "0",
                final: "1000.00", actual: "1000.00"))
        file.append(.threePublic("reception", initial: "5000", final: "5000.00", actual: "4800.00"))
        file.append(.threePublic("overseas", initial: "0", final: "0", actual: "0"))
        file.append(.threePublic("vehicle_purchase", initial: "", final: "", actual: ""))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func declaredDiffersFromLines() throws {
        var file = RuleSubmissionBuilder()
        try file.change(RuleRow.item("three_public", "vehicle_operation")) {
            $0.budgetFinal = "26000.00"
            $0.actual = "24000.00"
        }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: 14, column: "actual",
                    expected: Self.expected("vehicle_operation", "25000.00", "30231"),
                    found: "vehicle_operation 24000.00"),
                RuleFixture.finding(
                    Self.rule, .error, line: 14, column: "budget_final",
                    expected: Self.expected("vehicle_operation", "25000.00", "30231"),
                    found: "vehicle_operation 26000.00"),
            ])
    }

    @Test func spendingNotDeclared() throws {
        var file = RuleSubmissionBuilder()
        file.append(.basic(func: "2150508", econ: "30217", initial: "5000", final: "4500.00", actual: "4000.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: "actual",
                    expected: Self.expected("reception", "4000.00", "30217"),
                    found: "reception 0.00"),
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: "budget_final",
                    expected: Self.expected("reception", "4500.00", "30217"), found: "reception 0.00"),
            ])
    }

    @Test func declaredWithoutLines() throws {
        var file = RuleSubmissionBuilder()
        let overseas = file.append(.threePublic("overseas", initial: "8000", final: "8000.00", actual: "7000.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: overseas, column: "actual",
                    expected: Self.expected("overseas", "0.00", "30212"), found: "overseas 7000.00"),
                RuleFixture.finding(
                    Self.rule, .error, line: overseas, column: "budget_final",
                    expected: Self.expected("overseas", "0.00", "30212"), found: "overseas 8000.00"),
            ])
    }

    @Test func vehiclePurchaseDiffers() throws {
        var file = RuleSubmissionBuilder()
        file.append(
            .project(
                "执法车辆购置", type: "special", func: "2150508", econ: "31013", initial: "0", final: "180000.00",
                actual: "180000.00"))
        let declared = file.append(
            .threePublic("vehicle_purchase", initial: "0", final: "180000.00", actual: "175000.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: declared, column: "actual",
                    expected: Self.expected("vehicle_purchase", "180000.00", "31013"),
                    found: "vehicle_purchase 175000.00")
            ])
    }
}

/// three_public_over_budget (warning): a declared 三公 actual is at most its budget_final.
@Suite struct RuleThreePublicOverBudgetTests {
    static let rule = "three_public_over_budget"

    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        try file.change(RuleRow.line(econ: "30231")) { $0.budgetFinal = "30000.00" }
        try file.change(RuleRow.item("three_public", "vehicle_operation")) { $0.budgetFinal = "30000.00" }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    /// A declared figure matching its lines can only be over budget when a line is, so
    /// actual_over_budget warns about the line as well.
    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        try file.change(RuleRow.line(econ: "30231")) { $0.actual = "26000.00" }
        try file.change(RuleRow.item("three_public", "vehicle_operation")) { $0.actual = "26000.00" }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .acceptedWithWarnings,
            [
                RuleFixture.finding(
                    Self.rule, .warning, line: 14, column: "actual", expected: "at most budget_final 25000.00",
                    found: "26000.00")
            ],
            others: [
                RuleFixture.finding(
                    "actual_over_budget", .warning, line: 12, column: "actual",
                    expected: "at most budget_final 25000.00", found: "26000.00")
            ])
    }
}

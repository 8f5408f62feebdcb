import HuizongCore
import Testing

/// expenditure_required: every expenditure line has kind, both codes, budget_final and actual.
@Suite struct RuleExpenditureRequiredTests {
    static let rule = "expenditure_required"

    /// budget_initial is the one amount an expenditure line may leave empty.
    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(.basic(func: "2150508", econ: "30199", initial: "", final: "1000.00", actual: "1000.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        let noKind = file.append(
            RuleRow(section: "expenditure", funcCode: "2150508", econCode: "30199", budgetInitial: "100"))
        let noCodes = file.append(
            RuleRow(section: "expenditure", kind: "basic", budgetFinal: "0", actual: "0"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        func missing(_ line: Int, _ column: String, _ expected: String) -> Finding.Text {
            RuleFixture.finding(
                Self.rule, .error, line: line, column: column, expected: expected, found: "an empty cell")
        }
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                missing(noKind, "kind", "basic or project"),
                missing(noKind, "budget_final", "an amount"),
                missing(noKind, "actual", "an amount"),
                missing(noCodes, "func_code", "a 7-digit functional code"),
                missing(noCodes, "econ_code", "a 5-digit economic code"),
            ])
    }
}

/// project_fields: project lines have a project name and type, basic lines neither.
@Suite struct RuleProjectFieldsTests {
    static let rule = "project_fields"

    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(
            .project(
                "无线电监测设备运行维护", type: "operations", func: "2150508", econ: "30213", initial: "0",
                final: "4000.00", actual: "4000.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        let noName = file.append(
            .project("", type: "operations", func: "2150508", econ: "30213", initial: "", final: "1.00", actual: "1.00")
        )
        let noType = file.append(
            .project("设备运行维护", type: "", func: "2150508", econ: "30206", initial: "", final: "2.00", actual: "2.00"))
        var basic = RuleRow.basic(func: "2150508", econ: "30201", initial: "", final: "3.00", actual: "3.00")
        basic.project = "误填的项目"
        basic.projectType = "special"
        let basicWithBoth = file.append(basic)
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: noName, column: "project", expected: "a project name on a project line",
                    found: "an empty cell"),
                RuleFixture.finding(
                    Self.rule, .error, line: noType, column: "project_type",
                    expected: "operations or special on a project line", found: "an empty cell"),
                RuleFixture.finding(
                    Self.rule, .error, line: basicWithBoth, column: "project",
                    expected: "no project name on a basic line", found: "误填的项目"),
                RuleFixture.finding(
                    Self.rule, .error, line: basicWithBoth, column: "project_type",
                    expected: "no project type on a basic line", found: "special"),
            ])
    }
}

/// duplicate_line: one expenditure line per (kind, project, func_code, econ_code).
@Suite struct RuleDuplicateLineTests {
    static let rule = "duplicate_line"

    /// The same codes under another kind or another project are other lines.
    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(
            .project(
                "人员经费项目", type: "special", func: "2150508", econ: "30101", initial: "0", final: "100.00",
                actual: "100.00"))
        file.append(
            .project(
                "无线电监测设备运行维护", type: "operations", func: "2150508", econ: "30299", initial: "0",
                final: "200.00", actual: "200.00"))
        file.append(.basic(func: "2150501", econ: "30101", initial: "0", final: "300.00", actual: "300.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        let basicAgain = file.append(
            .basic(func: "2150508", econ: "30101", initial: "", final: "1000.00", actual: "1000.00"))
        // project_type is not part of a line's identity
        let projectAgain = file.append(
            .project(
                RuleSubmissionBuilder.projectName, type: "operations", func: "2150508", econ: "30299", initial: "",
                final: "500.00", actual: "500.00"))
        let basicThird = file.append(.basic(func: "2150508", econ: "30101", initial: "", final: "1.00", actual: "1.00"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        let expected = "one line per kind, project, func_code and econ_code"
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: basicAgain, column: nil, expected: expected,
                    found: "the same line as line 11"),
                RuleFixture.finding(
                    Self.rule, .error, line: projectAgain, column: nil, expected: expected,
                    found: "the same line as line 13"),
                RuleFixture.finding(
                    Self.rule, .error, line: basicThird, column: nil, expected: expected,
                    found: "the same line as line 11"),
            ])
    }
}

/// actual_over_budget (warning): an expenditure line's actual is at most its budget_final.
@Suite struct RuleActualOverBudgetTests {
    static let rule = "actual_over_budget"

    /// Spending exactly the budget, or less, is fine.
    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        try file.change(RuleRow.line(econ: "30101")) { $0.budgetFinal = "650000.00" }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        try file.change(RuleRow.line(econ: "30101")) { $0.actual = "620000.01" }
        try file.change(RuleRow.line(econ: "30299")) { $0.actual = "900000" }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .acceptedWithWarnings,
            [
                RuleFixture.finding(
                    Self.rule, .warning, line: 11, column: "actual", expected: "at most budget_final 620000.00",
                    found: "620000.01"),
                RuleFixture.finding(
                    Self.rule, .warning, line: 13, column: "actual", expected: "at most budget_final 875000.00",
                    found: "900000.00"),
            ])
    }
}

import HuizongCore
import Postgres
import Testing

/// duplicate_item: each (section, item) outside expenditure at most once; transfers once per receiving unit.
@Suite struct RuleDuplicateItemTests {
    static let rule = "duplicate_item"

    /// Transfers to two different units are two items.
    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        file.append(.figure("transfer", "to_subordinate", "5000.00", text: "401003"))
        file.append(.figure("transfer", "to_subordinate", "3000.00", text: "401004"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        let preparer = file.append(.meta("preparer", "李四"))
        let procurement = file.append(
            RuleRow(section: "procurement", item: "total", budgetFinal: "1.00", actual: "1.00"))
        let firstTransfer = file.append(.figure("transfer", "to_subordinate", "5000.00", text: "401003"))
        file.append(.figure("transfer", "to_subordinate", "3000.00", text: "401004"))
        let secondTransfer = file.append(.figure("transfer", "to_subordinate", "2000.00", text: "401003"))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: preparer, column: "item", expected: "at most one meta/preparer row",
                    found: "a repeat of line 4"),
                RuleFixture.finding(
                    Self.rule, .error, line: procurement, column: "item",
                    expected: "at most one procurement/total row", found: "a repeat of line 16"),
                RuleFixture.finding(
                    Self.rule, .error, line: secondTransfer, column: "item",
                    expected: "at most one transfer/to_subordinate row", found: "a repeat of line \(firstTransfer)"),
            ])
    }
}

/// staffing: excluded people cannot outnumber those in service.
@Suite struct RuleStaffingTests {
    static let rule = "staffing"

    /// Everyone in service excluded is the most there can be.
    @Test func clean() throws {
        var file = RuleSubmissionBuilder()
        try file.change(RuleRow.item("staffing", "excluded")) {
            $0.actual = "17"; $0.text = "派驻人员"
        }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test func violating() throws {
        var file = RuleSubmissionBuilder()
        try file.change(RuleRow.item("staffing", "excluded")) { $0.actual = "18" }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: 7, column: "actual", expected: "excluded at most in_service 17",
                    found: "excluded 18")
            ])
    }

    /// No in_service row counts as nobody in service.
    @Test func violatingWithoutInService() throws {
        var file = RuleSubmissionBuilder()
        try file.remove(RuleRow.item("staffing", "in_service"))
        try file.change(RuleRow.item("staffing", "excluded")) { $0.actual = "1" }
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: try file.line(RuleRow.item("staffing", "excluded")), column: "actual",
                    expected: "excluded at most in_service 0", found: "excluded 1")
            ])
    }
}

/// meta_required: a submission names its unit and fiscal year in meta rows.
@Suite struct RuleMetaRequiredTests {
    static let rule = "meta_required"

    @Test func clean() throws {
        let outcome = try RuleFixture.submit(RuleSubmissionBuilder(), to: try RuleFixture.database())
        RuleFixture.expectClean(outcome, rule: Self.rule)
    }

    @Test(arguments: ["unit_code", "fiscal_year"])
    func violating(missing item: String) throws {
        var file = RuleSubmissionBuilder()
        try file.remove(RuleRow.item("meta", item))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        #expect(outcome.status == .rejected)
        #expect(
            RuleFixture.findings(of: Self.rule, in: outcome) == [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: "text", expected: "a meta row \(item)", found: "none")
            ])
        #expect(outcome.version == nil)
    }

    /// Without a fiscal year there is no edition to look codes up in; that is meta_required's
    /// finding, not one finding per expenditure line with an empty `expected`.
    @Test(arguments: ["unit_code", "fiscal_year"])
    func violatingReportsNothingElse(missing item: String) throws {
        var file = RuleSubmissionBuilder()
        try file.remove(RuleRow.item("meta", item))
        let outcome = try RuleFixture.submit(file, to: try RuleFixture.database())
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: "text", expected: "a meta row \(item)", found: "none")
            ])

    }
}

/// The meta checks made in Swift: the file's unit is registered and agrees with the upload's
/// unit and year.
@Suite struct RuleMetaTests {
    static let rule = "meta"

    @Test(arguments: [false, true])
    func clean(uploadNamesUnitAndYear: Bool) throws {
        let db = try RuleFixture.database()
        let file = RuleSubmissionBuilder(unit: "401003", year: 2021)
        let outcome =
            uploadNamesUnitAndYear
            ? try RuleFixture.submit(file, to: db, unit: "401003", year: 2021)
            : try db.submit(file.csv, fileName: RuleFixture.fileName, unit: nil, year: nil)
        RuleFixture.expectClean(outcome, rule: Self.rule)
        #expect(outcome.unitCode == "401003" && outcome.fiscalYear == 2021 && outcome.version == 1)
    }

    @Test func unregisteredUnit() throws {
        let db = try RuleFixture.database()
        let outcome = try RuleFixture.submit(RuleSubmissionBuilder(unit: "401099"), to: db)
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: "text", expected: "a registered unit code", found: "401099")
            ])
        #expect(outcome.unitCode == nil && outcome.version == nil)
        let tied = try db.scalar(
            "select count(*) from intake.submission where id = $1::bigint and unit_code is null and status = 'rejected'",
            [.text(String(outcome.submissionId))])
        #expect(tied == "1")
    }

    @Test func unitDisagreesWithUpload() throws {
        let db = try RuleFixture.database()
        let outcome = try RuleFixture.submit(RuleSubmissionBuilder(unit: "401002"), to: db, unit: "401003")
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: "text", expected: "unit_code 401003 (the upload's unit)",
                    found: "401002")
            ])
        #expect(outcome.unitCode == nil && outcome.version == nil)
    }

    @Test func yearDisagreesWithUpload() throws {
        let db = try RuleFixture.database()
        let outcome = try RuleFixture.submit(RuleSubmissionBuilder(year: 2022), to: db, year: 2021)
        RuleFixture.expectViolation(
            outcome, rule: Self.rule, status: .rejected,
            [
                RuleFixture.finding(
                    Self.rule, .error, line: nil, column: "text", expected: "fiscal_year 2021 (the upload's year)",
                    found: "2022")
            ])
        #expect(outcome.unitCode == nil && outcome.version == nil)
        let current = try db.scalar("select count(*) from intake.current_submission")
        #expect(current == "0")
    }
}

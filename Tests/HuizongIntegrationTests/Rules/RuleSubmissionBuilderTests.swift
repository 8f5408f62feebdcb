import HuizongCore
import Testing

/// The builder itself: its default file is the spec's example, accepted as it is, and it keeps
/// the balance whatever a test adds.
@Suite struct RuleSubmissionBuilderTests {
    /// The example of spec/submission-format.md, byte for byte.
    static let specExample = """
        section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text
        meta,unit_code,,,,,,,,,401002
        meta,fiscal_year,,,,,,,,,2022
        meta,preparer,,,,,,,,,张三
        staffing,authorized,,,,,,,,17,
        staffing,in_service,,,,,,,,17,
        staffing,excluded,,,,,,,,0,
        income,appropriation,,,,,,,,1500000.00,
        income,carryover,,,,,,,,20000.00,
        balance,year_end,,,,,,,,0,
        expenditure,,basic,,,2150508,30101,600000,620000.00,620000.00,
        expenditure,,basic,,,2150508,30231,30000,25000.00,25000.00,
        expenditure,,project,无线电管理经费（中央财政补助资金）,special,2150508,30299,0,875000.00,875000.00,
        three_public,vehicle_operation,,,,,,30000,25000.00,25000.00,
        three_public,vehicle_count,,,,,,,,2,
        procurement,total,,,,,,,300000.00,300000.00,

        """

    @Test func defaultIsTheSpecExample() throws {
        let file = RuleSubmissionBuilder()
        #expect(file.csv == Self.specExample)
        #expect(try file.line(RuleRow.item("income", "appropriation")) == 8)
        #expect(try file.line(RuleRow.line(econ: "30101")) == 11)
        #expect(try file.line(RuleRow.item("procurement", "total")) == 16)
    }

    @Test func defaultIsAcceptedWithoutFindings() throws {
        let db = try RuleFixture.database()
        let outcome = try RuleFixture.submit(RuleSubmissionBuilder(), to: db)
        #expect(outcome.status == .accepted)
        #expect(outcome.findings.isEmpty)
        #expect(outcome.unitCode == "401002")
        #expect(outcome.fiscalYear == 2022)
        #expect(outcome.version == 1)
    }

    @Test func appropriationBalancesEveryTerm() throws {
        var file = RuleSubmissionBuilder(unit: "401003", year: 2023)
        file.append(.figure("income", "business", "98600.00"))
        file.append(.figure("transfer", "to_subordinate", "80000.00", text: "401004"))
        try file.change(RuleRow.item("balance", "year_end")) { $0.actual = "1234.56" }
        file.append(.basic(func: "2150508", econ: "30199", initial: "", final: "0.05", actual: "0.05"))
        // 620000 + 25000 + 875000 + 0.05 + 80000 + 1234.56 - 20000 - 98600
        #expect(file.balancingAppropriation == "1482634.61")
        let db = try RuleFixture.database()
        let outcome = try RuleFixture.submit(file, to: db)
        #expect(outcome.status == .accepted, "\(outcome.findings)")
        #expect(outcome.findings.isEmpty)
    }
}

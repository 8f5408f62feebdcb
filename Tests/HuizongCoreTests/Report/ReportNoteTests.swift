import Testing

@testable import HuizongCore

/// Every note of the report renders in both languages from the one catalogue.
@Suite struct ReportNoteTests {
    static let samples: [ReportNote] = [
        ReportNote(
            .roundingParts,
            ["figure": "basic.by_econ", "parts_sum": "2858.41", "total": "2858.40", "difference": "0.01"]),
        ReportNote(.roundingShares, ["figure": "expenditure.shares", "sum": "100.01"]),
        ReportNote(.noBase, ["figure": "cost_indicators.procurement_execution_rate", "base": "procurement.budget"]),
        ReportNote(.notDeclared, ["figure": "three_public.vehicle_count"]),
        ReportNote(.notInFormat, ["figure": "funds.special_account"]),
        ReportNote(.budgetTypeNotInFormat),
        ReportNote(.proseMissing, ["part": "basic_info"]),
        ReportNote(.draft, ["run": 7, "missing": .list(["401003", "401004"])]),
        ReportNote(.indicatorsMissing),
        ReportNote(.indicatorActualDiffers, ["indicator": "公用经费控制率", "typed": "98%", "computed": "100.00%"]),
        ReportNote(
            .indicatorTargetNotMet, ["indicator": "公用经费控制率", "actual": "100.00%", "target": "<100%", "score": "3"]),
        ReportNote(.indicatorFullWeight, ["indicator": "企业节能减排", "typed": "4", "weight": "5"]),
        ReportNote(.indicatorScoreMissing, ["indicator": "企业节能减排"]),
    ]

    @Test func samplesCoverEveryCode() {
        #expect(Set(Self.samples.map(\.code)) == Set(ReportNote.Code.allCases))
    }

    @Test(arguments: samples)
    func rendersInBothLanguages(_ note: ReportNote) {
        let chinese = note.message(.zh)
        let english = note.message(.en)
        // Chinese: no English words of its own (arguments, the command name and a file name aside).
        var rest = chinese
        for value in note.args.values { rest = rest.replacingOccurrences(of: value.description, with: "") }
        #expect(rest.firstMatch(of: /[A-Za-z]/) == nil, "English in “\(chinese)”")
        #expect(english.firstMatch(of: /[A-Za-z]/) != nil)
        #expect(!chinese.contains("basic.") && !english.contains("basic.by_econ"), "a figure shown by its key")
    }

    @Test func theReportsWording() {
        #expect(Self.samples[0].message(.zh).contains("各项按万元四舍五入，合计与总额相差0.01万元"))
        #expect(Self.samples[7].message(.zh) == "草稿：汇总 #7 不完整，缺少单位：401003、401004，不得作为正式报告报送。")
    }
}

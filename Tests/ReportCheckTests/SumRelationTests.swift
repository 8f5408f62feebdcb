import ReportCheck
import Testing

@Suite struct SumRelationTests {
    @Test func ofWhichListThatAddsUpGivesNothing() {
        #expect(check("2023年支出合计3708.44万元，其中：基本支出2858.4万元，项目支出850.04万元。").isEmpty)
    }

    @Test func ofWhichListThatMissesIsAnErrorNamingTheTotal() {
        let findings = check("2023年支出3708.44万元，其中：基本支出2858.4万元，项目支出840.04万元。")
        #expect(summary(findings) == ["sum_mismatch 3708.44万元 → 3698.44万元"])
        #expect(findings[0].paragraph == 1 && findings[0].offset == 7)
        #expect(findings[0].severity == .error)
    }

    @Test func roundingDifferenceIsANote() {
        let findings = check("支出10万元，其中：人员经费3.33万元，公用经费3.33万元，其他3.33万元。")
        #expect(summary(findings) == ["sum_rounding 10万元 → 9.99万元"])
        #expect(findings[0].severity == .note)
    }

    @Test func breakdownTakesTheSectionTotalFromTheParagraphBefore() {
        let findings = check(
            "（一）基本支出情况", "本年实际支出100万元。", "按经济科目划分，分别为：工资福利支出60万元，商品和服务支出30万元。")
        #expect(summary(findings) == ["sum_mismatch 100万元 → 90万元"])
        #expect(findings[0].paragraph == 3)
    }

    @Test func ofWhichOpeningASentenceCountsEachMeasureApart() {
        let text = "二级单位共有人员编制20名，实有在职人员23人。其中：甲站编制12名，在职13人（含借调1人）；乙办编制8名，在职10人。"
        #expect(check(text).isEmpty)
        let wrong = text.replacingOccurrences(of: "在职10人", with: "在职9人")
        #expect(summary(check(wrong)) == ["sum_mismatch 23人 → 22人"])
    }

    @Test func totalAfterItsPartsAndMixedUnitsAndSeparators() {
        #expect(check("财政拨款收入27,080元，其他收入2,920元，收入合计3万元。").isEmpty)
        #expect(summary(check("财政拨款收入２７，０８０元，其他收入2,920元，收入合计3.1万元。")) == ["sum_mismatch 3.1万元 → 3.0000万元"])
    }

    @Test func selectiveListsOnlyMayNotExceedTheirTotal() {
        #expect(check("支出100万元，主要包括：办公费20万元，印刷费10万元等。").isEmpty)
        #expect(summary(check("支出100万元，主要包括：办公费80万元，印刷费30万元等。")) == ["parts_exceed_total 100万元 → -"])
    }

    @Test func scoresAndCountsAreExact() {
        #expect(summary(check("自评得分为99分，其中预算执行率得分为10 分、产出指标得分为49分、效益指标得分为41分。")) == ["sum_mismatch 99分 → 100分"])
    }

    @Test func aBlankWhereANumberShouldBe() {
        let findings = check("基本支出2858.4万元，占基本支出预算%。")
        #expect(summary(findings) == ["blank_figure % → -"])
        #expect(findings[0].offset == 20)
    }
}

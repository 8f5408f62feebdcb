import ReportCheck
import Testing

@Suite struct ShareAndChangeTests {
    @Test func sharesOfTheListTotal() {
        #expect(check("支出3708.44万元，其中基本支出2858.4万元，占77.08%，项目支出850.04万元，占22.92%。").isEmpty)
        let wrong = check("支出3708.44万元，其中基本支出2858.4万元，占79.08%，项目支出850.04万元，占20.92%。")
        #expect(summary(wrong) == ["share_mismatch 79.08% → 77.08%", "share_mismatch 20.92% → 22.92%"])
    }

    @Test func truncatedShareIsAWarning() {
        // 2858.4 / 3708.44 = 77.0785…%: 77.07 cuts instead of rounding; the shares then add to 99.99.
        let findings = check("支出3708.44万元，其中基本支出2858.4万元，占77.07%，项目支出850.04万元，占22.92%。")
        #expect(summary(findings) == ["share_truncated 77.07% → 77.08%"])
        #expect(findings[0].severity == .warning)
    }

    @Test func sharesOfOneWholeMustAddToAHundred() {
        let findings = check("支出100万元，其中甲50万元，占50%，乙50万元，占40%。")
        #expect(summary(findings) == ["shares_total 90% → 100%", "share_mismatch 40% → 50%"])
    }

    @Test func shareOfANamedWhole() {
        #expect(check("年初预算为200万元。", "全年支出150万元，完成年初预算的75%。").isEmpty)
        #expect(summary(check("年初预算为200万元。", "全年支出150万元，完成年初预算的70%。")) == ["share_mismatch 70% → 75%"])
    }

    @Test func changeAgainstAPrintedBudget() {
        #expect(check("公务接待费预算13.45万元，实际支出3.66万元，决算较预算减少9.79万元。").isEmpty)
        #expect(summary(check("公务接待费预算13.45万元，实际支出3.66万元，决算较预算减少9.69万元。")) == ["change_mismatch 9.69万元 → 9.79万元"])
        #expect(summary(check("公务接待费预算13.45万元，实际支出3.66万元，决算较预算增加9.79万元。")) == ["change_direction 9.79万元 → -"])
    }

    @Test func changeAfterAListRefersToItsTotal() {
        let text = "三公经费年初预算数为62.45万元。决算支出29.33万元，其中：公务接待费3.66万元，公务用车运行费25.67万元，较年初预算减少33.12万元。"
        #expect(check(text).isEmpty)
    }

    @Test func growthRateOnTheImpliedPrior() {
        // 3708.44 − 404.38 = 3304.06 last year; 404.38 / 3304.06 = 12.2389…%.
        #expect(check("支出3708.44万元，较上年增加404.38万元，增长12.24%。").isEmpty)
        #expect(summary(check("支出3708.44万元，较上年增加404.38万元，增长12.23%。")) == ["rate_truncated 12.23% → 12.24%"])
        #expect(summary(check("支出3708.44万元，较上年增加404.38万元，增长10.9%。")) == ["rate_mismatch 10.9% → 12.2%"])
    }

    @Test func impliedPriorsMustAgreeAcrossSentences() {
        let findings = check("基本支出2858.4万元，较上年增加558.9万元。", "基本支出2858.4万元，比上年增加600万元。")
        #expect(summary(findings) == ["prior_inconsistent 600万元 → -"])
        #expect(findings[0].args["other_paragraph"] == .integer(1))
    }
}

import Foundation
import ReportCheck
import Testing

/// The reference self-evaluation report: its one slip, and every relation it states checked, not skipped.
@Suite struct ReferenceReportTests {
    private func reference() throws -> String {
        try String(contentsOfFile: referencePath, encoding: .utf8)
    }

    private func checkText(_ text: String) -> [CheckFinding] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let paragraphs = lines.enumerated().map { ReportParagraph(number: $0.offset + 1, text: $0.element) }
        return ReportChecker().check(ReportDocument(paragraphs: paragraphs))
    }

    @Test func givesExactlyTheBasicExpenditureNote() throws {
        let findings = try ReportReader.read(path: referencePath).paragraphs.isEmpty ? [] : checkText(reference())
        #expect(summary(findings) == ["sum_rounding 2858.4万元 → 2858.41万元"])
        #expect(findings[0].paragraph == 33)
        #expect(findings[0].args["difference"] == .figure(0.01, unit: "万元", scale: 2))
    }

    /// Each change breaks one relation the report states; the checker must see it.
    @Test(arguments: [
        ("收入总计3708.44万元", "收入总计3709.44万元", "sum_mismatch 3709.44万元 → 3708.44万元"),
        ("占77.08%", "占77.07%", "share_truncated 77.07% → 77.08%"),
        ("局本级1446.64万元", "局本级1446.74万元", "sum_mismatch 2858.4万元 → 2858.50万元"),
        (
            "公务接待费3.66万元，公务用车购置及运行费25.67万元，较年初预算减少33.12万元", "公务接待费3.66万元，公务用车购置及运行费25.67万元，较年初预算减少33.2万元",
            "change_mismatch 33.2万元 → 33.12万元"
        ),
        ("决算较预算减少9.79万元", "决算较预算减少9.97万元", "change_mismatch 9.97万元 → 9.79万元"),
        ("灾害防治及应急管理支出1万元", "灾害防治及应急管理支出2万元", "sum_mismatch 850.04万元 → 851.04万元"),
        ("年末实有在职人数11人", "年末实有在职人数12人", "sum_mismatch 68人 → 69人"),
        ("效益指标类得分为40分", "效益指标类得分为39分", "sum_mismatch 99分 → 98分"),
    ])
    func seesABrokenRelation(original: String, broken: String, expected: String) throws {
        let text = try reference()
        #expect(text.contains(original))
        let findings = checkText(text.replacingOccurrences(of: original, with: broken))
        #expect(summary(findings).contains(expected))
    }
}

import Foundation
import ReportCheck
import Testing

/// The quote of a finding split around its figure, for the portal to mark it.
@Suite struct QuotedFigureTests {
    static func document(_ lines: String...) -> ReportDocument {
        ReportDocument(paragraphs: lines.enumerated().map { ReportParagraph(number: $0.offset + 1, text: $0.element) })
    }

    @Test("the printed figure in its sentence, full-width digits as normalised; bytes read like a file")
    func printedInQuote() throws {
        let text = "前言。支出１００万元，其中：基本支出60万元，项目支出30万元。"
        let document = try ReportReader.read(bytes: Array(text.utf8), name: "报告.txt")
        let findings = ReportChecker().check(document)
        let finding = try #require(findings.first)
        #expect(summary(findings) == ["sum_mismatch 100万元 → 90万元"])
        #expect(
            finding.quotedFigure(in: document)
                == QuotedFigure(before: "支出", figure: "100万元", after: "，其中：基本支出60万元，项目支出30万元。"))
    }

    @Test("a figure named elsewhere: the figure the finding points at; a blank: its unit")
    func pointedAndBlank() throws {
        let document = Self.document("基本支出100万元。", "其中：人员经费50.2万元，公用经费49.7万元。", "占基本支出预算%。")
        let findings = ReportChecker().check(document)
        let quoted = findings.map { $0.quotedFigure(in: document) }
        #expect(summary(findings) == ["sum_rounding 100万元 → 99.9万元", "blank_figure % → -"])
        #expect(quoted.first == QuotedFigure(before: "其中：人员经费", figure: "50.2万元", after: "，公用经费49.7万元。"))
        #expect(quoted.last == QuotedFigure(before: "占基本支出预算", figure: "%", after: "。"))
    }

    @Test("a quote not found in its paragraph is left whole")
    func unplaced() {
        let finding = CheckFinding(
            code: .sumMismatch, paragraph: 9, offset: 0, quote: "合计", printed: "1万元", expected: nil, args: [:])
        #expect(finding.quotedFigure(in: Self.document("x")) == QuotedFigure(before: "合计", figure: "", after: ""))
    }
}

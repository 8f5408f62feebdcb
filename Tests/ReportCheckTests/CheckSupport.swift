import Foundation
import ReportCheck

/// Checks a text given as lines, the way a `.txt` file is read.
func check(_ lines: String...) -> [CheckFinding] {
    let paragraphs = lines.enumerated().map { ReportParagraph(number: $0.offset + 1, text: $0.element) }
    return ReportChecker().check(ReportDocument(paragraphs: paragraphs))
}

/// The codes and expected figures of findings, for compact assertions.
func summary(_ findings: [CheckFinding]) -> [String] {
    findings.map { "\($0.code.rawValue) \($0.printed) → \($0.expected ?? "-")" }
}

/// The reference report's text, kept beside the reference department's submissions.
let referencePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../samples/reference-department/2022-self-evaluation-report.txt").standardized.path

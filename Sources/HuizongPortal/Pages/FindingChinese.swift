import HuizongCore

/// Findings in plain Chinese for the portal's tables. The stored texts stay English (the CLI,
/// the JSON API and scripts read them); here each known shape is rendered in Chinese, keeping
/// numbers, codes, names and cell values as they are. A text of no known shape (a rule added
/// later) is shown unchanged, so no information is lost.
enum FindingChinese {
    /// The finding's `expected` text in Chinese.
    static func expected(_ finding: Finding) -> String {
        translate(finding.expected, rule: finding.rule, phrases: expectedPhrases, patterns: expectedPatterns)
    }

    /// The finding's `found` text in Chinese; a cell value as the file had it stays as it is.
    static func found(_ finding: Finding) -> String {
        translate(finding.found, rule: finding.rule, phrases: foundPhrases, patterns: foundPatterns)
    }

    /// The column's header as the Chinese template writes it (`actual` → 决算数); "" for none.
    static func column(_ name: String?) -> String {
        guard let name else { return "" }
        return SubmissionVocabulary.chineseColumn(name) ?? name
    }

    private static func translate(
        _ text: String, rule: String, phrases: [String: String], patterns: [FindingPattern]
    ) -> String {
        if let phrase = phrases[text] { return phrase }
        for pattern in patterns {
            if let chinese = pattern.translate(text, rule: rule) { return chinese }
        }
        return text
    }

    private static let expectedPhrases = intakeExpectedPhrases.merging(ruleExpectedPhrases) { $1 }
        .merging(workbookExpectedPhrases) { $1 }
    private static let foundPhrases = intakeFoundPhrases.merging(workbookFoundPhrases) { $1 }
    private static let expectedPatterns = intakeExpectedPatterns + ruleExpectedPatterns + workbookExpectedPatterns
    private static let foundPatterns = intakeFoundPatterns + ruleFoundPatterns + workbookFoundPatterns
}

import Foundation

/// Checks a report's text: every relation it states among its own figures, and, given the data, its figures
/// against the data.
public struct ReportChecker {
    /// The data's figures, for the data mode; nil checks the arithmetic alone.
    public var data: DataFigures?

    public init(data: DataFigures? = nil) {
        self.data = data
    }

    /// The findings, in document order.
    public func check(_ document: ReportDocument) -> [CheckFinding] {
        // Each paragraph is scanned once; both modes read the same analysis.
        let analyzed = document.paragraphs.filter { $0.cells == nil }.map(AnalyzedParagraph.init)
        var walk = CheckWalk()
        for paragraph in analyzed { walk.visit(paragraph) }
        var findings = walk.findings + TableChecker.findings(document)
        if let data {
            findings += DataMatcher(data: data).findings(analyzed, tables: document)
        }
        return findings.sorted { ($0.paragraph, $0.offset) < ($1.paragraph, $1.offset) }
    }
}

/// One pass over the paragraphs, carrying the section's state and the priors changes imply.
struct CheckWalk {
    private(set) var findings: [CheckFinding] = []
    private var section = SectionState()
    private var previous: Sentence?
    /// The prior each change implies, by subject and basis, with where it was implied.
    private var priors: [String: (value: Decimal, paragraph: Int, change: ChangeRelation)] = [:]

    mutating func visit(_ paragraph: AnalyzedParagraph) {
        if paragraph.isHeading {
            section = SectionState()
            previous = nil
        }
        blanks(paragraph)
        var listsSomething = false
        for sentence in paragraph.sentences {
            let extractor = SumExtractor(paragraph: paragraph, previous: previous, anchor: section.anchor)
            let sums = extractor.relations(in: sentence)
            listsSomething = listsSomething || !extractor.markers(in: sentence).isEmpty
            findings += sums.compactMap(SumJudge.finding)
            let shares = ShareExtractor(section: section).relations(in: sentence, sums: sums)
            findings += shares.compactMap(ShareJudge.finding)
            findings += SharesTotalJudge.findings(shares, sums: sums)
            for change in ChangeExtractor(section: section).relations(in: sentence, sums: sums) {
                findings += ChangeJudge.findings(change)
                note(prior: change)
            }
            section.figures += sentence.figures
            if !sentence.figures.isEmpty { previous = sentence }
        }
        if !listsSomething, let last = paragraph.figures.last(where: { $0.unit.family == "money" && !$0.inBrackets }) {
            section.anchor = last
        }
    }

    private mutating func blanks(_ paragraph: AnalyzedParagraph) {
        for blank in paragraph.blanks {
            let sentence = paragraph.sentences.first { $0.range.contains(blank.offset) }
            findings.append(
                CheckFinding(
                    code: .blankFigure, paragraph: paragraph.number, offset: blank.offset, quote: sentence?.quote ?? "",
                    printed: blank.unit, expected: nil, args: ["unit": .text(blank.unit)]))
        }
    }

    /// Two changes of one subject against one basis must imply the same prior figure.
    private mutating func note(prior change: ChangeRelation) {
        // A printed prior is judged directly; only implied priors of a named subject are compared.
        let subject = FigureLabel.key(change.current.label)
        guard change.prior == nil, subject.count >= 3 else { return }
        let key = subject + "|" + FigureLabel.key(change.basis)
        let value = ChangeJudge.impliedPrior(change)
        guard let earlier = priors[key] else {
            priors[key] = (value, change.sentence.paragraph, change)
            return
        }
        let tolerance =
            Exact.halfUnit([change.current, change.change, earlier.change.current, earlier.change.change]) * 4
        guard abs(earlier.value - value) > tolerance else { return }
        let unit = change.change
        let scale = SumJudge.displayScale([unit], in: unit)
        findings.append(
            CheckFinding(
                code: .priorInconsistent, paragraph: change.sentence.paragraph, offset: change.change.range.lowerBound,
                quote: change.sentence.quote, printed: change.change.printed, expected: nil,
                args: [
                    "name": .text(subject + "（" + change.basis + "）"),
                    "prior": .figure(value / unit.unit.factor, unit: unit.unitWord, scale: scale),
                    "other": .figure(earlier.value / unit.unit.factor, unit: unit.unitWord, scale: scale),
                    "other_paragraph": .integer(earlier.paragraph),
                ]))
    }
}

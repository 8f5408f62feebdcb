import Foundation

/// The data mode: figures whose label names an entry of the data must equal it; rates no pair of the named
/// entries gives are flagged; a table column that copies another in every row is flagged.
struct DataMatcher {
    let data: DataFigures

    func findings(_ document: ReportDocument) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for paragraph in document.paragraphs where paragraph.cells == nil {
            let analyzed = AnalyzedParagraph(paragraph)
            for sentence in analyzed.sentences {
                findings += sentence.figures.compactMap { match($0, in: sentence) }
            }
        }
        return findings + ColumnCopyCheck.findings(document)
    }

    /// The entry the figure's label names, when exactly one does and the units agree.
    private func match(_ figure: PrintedFigure, in sentence: Sentence) -> CheckFinding? {
        guard !figure.inBrackets, figure.unit != .percent else { return nil }
        let named = data.entries.filter { entry in
            entry.unit.family == figure.unit.family
                && entry.names.contains { figure.labelKey.hasSuffix(FigureLabel.key($0)) }
        }
        guard named.count == 1, let entry = named.first else { return nil }
        let value = entry.value * entry.unit.factor
        guard abs(value - figure.base) > figure.precision / 2 else { return nil }
        let expected = CheckValue.figure(value / figure.unit.factor, unit: figure.unitWord, scale: max(figure.scale, 2))
        return CheckFinding(
            code: .dataMismatch, paragraph: sentence.paragraph, offset: figure.range.lowerBound, quote: sentence.quote,
            printed: figure.printed, expected: expected.rendered,
            args: [
                "name": .text(entry.names[0]), "key": .text(entry.key), "printed": .of(figure), "expected": expected,
            ])
    }
}

/// A table column equal to another column in every row with figures (an adjusted budget copied from the actuals).
enum ColumnCopyCheck {
    static func findings(_ document: ReportDocument) -> [CheckFinding] {
        let rows = document.paragraphs.filter { $0.cells != nil }
        return Dictionary(grouping: rows) { $0.table ?? 0 }.sorted { $0.key < $1.key }.flatMap {
            findings(table: $0.value)
        }
    }

    static func findings(table: [ReportParagraph]) -> [CheckFinding] {
        let numbers = table.map { row in (row.cells ?? []).map { TableChecker.number($0, offset: 0)?.value } }
        let width = numbers.map(\.count).max() ?? 0
        var findings: [CheckFinding] = []
        for column in 1..<max(width, 1) {
            for source in 0..<column {
                let pairs = numbers.filter { $0.count > column && ($0[column] != nil || $0[source] != nil) }
                guard pairs.count >= 3, pairs.allSatisfy({ $0[column] == $0[source] }) else { continue }
                let first = table[0]
                findings.append(
                    CheckFinding(
                        code: .columnCopied, paragraph: first.number, offset: 0, quote: first.text,
                        printed: first.cells?[column] ?? "", expected: nil,
                        args: ["column": .integer(column + 1), "source": .integer(source + 1)]))
                break
            }
        }
        return findings
    }
}

import Foundation

/// The data mode: a figure whose words name an entry of the data must equal it at its printed precision (a
/// mismatch is an error; a rate is a warning that the data does not support it); a table column that copies
/// another in every row is flagged unless the data's budgets equal its actuals.
///
/// Built to stay silent when unsure: a figure is judged only when its clause names entries of the data
/// unambiguously, by the most specific name, in the section's scope, about the whole node or one named unit.
struct DataMatcher {
    let data: DataFigures
    /// Each entry's names normalized once (`=` words flagged): normalizing is a regex, figures are many.
    private let names: [[[(whole: Bool, key: String)]]]
    private let unitKeys: [(code: String, key: String)]

    init(data: DataFigures) {
        self.data = data
        names = data.entries.map { entry in
            entry.names.map { words in
                words.map { word in
                    word.hasPrefix("=")
                        ? (true, DataClause.normalize(String(word.dropFirst()))) : (false, DataClause.normalize(word))
                }
            }
        }
        unitKeys = data.units.map { ($0.code, DataClause.normalize($0.name)) }
    }

    /// Words that make a clause about part of the node (a 机关, a 中心, the 二级单位), not the whole.
    private static let partMarkers = [
        "机关", "本级", "二级", "所属", "下属", "局属", "直属", "各单位", "中心", "站", "办公室", "支队", "大队",
        "学校", "医院", "科室",
    ]

    func findings(_ paragraphs: [AnalyzedParagraph], tables document: ReportDocument) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        var scope: DataFigures.Scope?
        var labelLine: (text: String, index: Int)?
        for (index, paragraph) in paragraphs.enumerated() {
            if paragraph.isHeading { scope = DataFigures.Scope.of(heading: String(paragraph.text)) }
            let line = String(paragraph.text).trimmingCharacters(in: .whitespaces)
            if paragraph.figures.isEmpty {
                if !line.isEmpty, line.count <= 30 { labelLine = (line, index) }
                continue
            }
            for sentence in paragraph.sentences {
                var previous: PrintedFigure?
                for figure in sentence.figures {
                    defer { previous = figure }
                    var clause = DataClause(figure: figure, previous: previous, sentence: sentence)
                    // A table cell printed alone on a line: its row's name is the last line of words just above.
                    if clause.clause.isEmpty, line.count <= figure.range.count + 2, let label = labelLine,
                        index - label.index <= 3
                    {
                        clause = DataClause(label: label.text, isTarget: clause.isTarget)
                    } else if ["占", "占比", "比重"].contains(clause.bare), let previous {
                        let whole = DataClause(figure: previous, previous: nil, sentence: sentence)
                        clause = DataClause(
                            label: whole.clause + clause.clause, isTarget: false, segment: whole.segment,
                            normalized: true)
                    }
                    if let finding = judge(figure, clause: clause, scope: scope, in: sentence) {
                        findings.append(finding)
                    }
                }
            }
        }
        if !data.budgetsEqualActuals { findings += ColumnCopyCheck.findings(document) }
        return findings
    }

    private func judge(_ figure: PrintedFigure, clause: DataClause, scope: DataFigures.Scope?, in sentence: Sentence)
        -> CheckFinding?
    {
        guard !figure.inBrackets, !clause.isTarget, !clause.isChange, figure.unit != .points else { return nil }
        let named = candidates(figure, clause: clause, scope: scope)
        guard !named.isEmpty else { return nil }
        if named.contains(where: { agrees(figure, $0) }) { return nil }
        var judged = named
        if let basis = clause.basis {
            // A basis the data has no figure of (事业收入预算) is not judged.
            judged = named.filter { $0.basis.map(basis.contains) ?? true }
        } else if named.contains(where: { $0.basis == .actual }) {
            // A report of the year's outcome speaks of actuals unless it says otherwise.
            judged = named.filter { $0.basis == .actual || $0.basis == nil }
        }
        guard Set(judged.map(\.value)).count == 1, let entry = judged.first else { return nil }
        return finding(figure, entry: entry, in: sentence)
    }

    /// The entries the clause names most specifically, eligible in the scope and for the subject.
    private func candidates(_ figure: PrintedFigure, clause: DataClause, scope: DataFigures.Scope?)
        -> [DataFigures.Entry]
    {
        // The unit named last before the figure is what the clause is about.
        let subject = unitKeys.compactMap { unit -> (code: String, at: String.Index)? in
            clause.segment.ranges(of: unit.key).last.map { (unit.code, $0.lowerBound) }
        }.max { $0.at < $1.at }
        let wholeNode = subject == nil && !Self.partMarkers.contains { clause.segment.contains($0) }
        var best: [DataFigures.Entry] = []
        var bestScore = 0
        let bare = clause.bare
        for (index, entry) in data.entries.enumerated() where compatible(figure.unit, entry.unit) {
            guard entry.scope == nil || entry.scope == scope else { continue }
            if let code = entry.unitCode {
                guard subject?.code == code else { continue }
            } else if !wholeNode {
                continue
            }
            let fit = names[index].map { score($0, clause: clause.clause, bare: bare) }.max() ?? 0
            if fit > bestScore {
                best = [entry]
                bestScore = fit
            } else if fit == bestScore, fit > 0 {
                best.append(entry)
            }
        }
        return best
    }

    /// How specifically one way of naming fits the clause: the length of its words, 0 when it does not fit.
    private func score(_ words: [(whole: Bool, key: String)], clause: String, bare: String) -> Int {
        var total = 0
        for word in words {
            guard word.whole ? bare == word.key : clause.contains(word.key) else { return 0 }
            total += word.key.count
        }
        return total
    }

    private func compatible(_ printed: FigureUnit, _ entry: FigureUnit) -> Bool {
        switch (printed, entry) {
        case (.money, .money), (.percent, .percent): true
        case (.count(let word), .count): word == "名" || word == "人"
        default: false
        }
    }

    /// The printed figure is the entry's value rounded to the printed places (half a unit either way).
    private func agrees(_ figure: PrintedFigure, _ entry: DataFigures.Entry) -> Bool {
        if case .count = entry.unit { return figure.value == entry.value }
        return abs(entry.value - figure.base) <= figure.precision / 2
    }

    private func finding(_ figure: PrintedFigure, entry: DataFigures.Entry, in sentence: Sentence) -> CheckFinding {
        let isRate = entry.unit == .percent
        let scale: Int
        switch entry.unit {
        case .count: scale = 0
        case .percent: scale = 2
        default: scale = max(figure.scale, 2)
        }
        let expected = CheckValue.figure(entry.value / figure.unit.factor, unit: figure.unitWord, scale: scale)
        return CheckFinding(
            code: isRate ? .rateUnsupported : .dataMismatch, paragraph: sentence.paragraph,
            offset: figure.range.lowerBound, quote: sentence.quote, printed: figure.printed,
            expected: expected.rendered,
            args: [
                "name": .text(entry.displayName), "key": .text(entry.key), "printed": .of(figure), "expected": expected,
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

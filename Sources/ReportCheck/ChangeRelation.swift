/// A change the text states: `较上年增加D万元，增长R%`, `较年初预算减少D万元`.
struct ChangeRelation {
    let current: PrintedFigure
    let change: PrintedFigure
    /// `true` for 减少, 下降, 节约 ….
    let isDecrease: Bool
    /// What the change is against, as written (`上年`, `年初预算`, `预算`).
    let basis: String
    /// The figure compared against, when the text prints it.
    let prior: PrintedFigure?
    /// The rate of change printed with it.
    let rate: PrintedFigure?
    let sentence: Sentence
}

/// Finds changes: a money figure whose clause compares (`较`, `比`, `同比`) and moves (`增加`, `减少` …).
struct ChangeExtractor {
    let section: SectionState

    static let increases = ["增加", "增长", "上升", "增支", "超支", "多"]
    static let decreases = ["减少", "下降", "降低", "节约", "节省", "减支", "少"]

    func relations(in sentence: Sentence, sums: [SumRelation]) -> [ChangeRelation] {
        sentence.figures.compactMap { change in
            guard case .money = change.unit, !change.inBrackets,
                let match = change.label.firstMatch(of: /(较|比|同比|相比)(.*?)(增加|减少|增长|下降|上升|降低|节约|节省|增支|减支|超支|多|少)了?$/)
            else { return nil }
            let basis = match.1 == "同比" ? "上年" : String(match.2)
            guard let current = current(before: change, in: sentence, sums: sums) else { return nil }
            let prior = basis.isEmpty ? nil : section.named(basis, family: "money", excluding: current, in: sentence)
            return ChangeRelation(
                current: current, change: change, isDecrease: Self.decreases.contains(String(match.3)), basis: basis,
                prior: prior == current ? nil : prior, rate: rate(after: change, in: sentence), sentence: sentence)
        }
    }

    /// The figure that changed: the total of a list just before, else the last money figure before.
    private func current(before change: PrintedFigure, in sentence: Sentence, sums: [SumRelation]) -> PrintedFigure? {
        let before = sentence.figures.filter {
            $0.range.upperBound <= change.range.lowerBound && !$0.inBrackets && $0.unit.family == "money"
        }
        guard let last = before.last else { return nil }
        if let sum = sums.first(where: { $0.parts.last == last }) { return sum.total }
        return last
    }

    /// A percentage in the next clause that names a rise or fall (`，增长12.24%`).
    private func rate(after change: PrintedFigure, in sentence: Sentence) -> PrintedFigure? {
        guard
            let next = sentence.figures.first(where: { $0.range.lowerBound >= change.range.upperBound }),
            next.unit == .percent, next.range.lowerBound - change.range.upperBound <= 8,
            next.label.contains(/增长|下降|上升|降低|增幅|降幅|减少|增加/), !next.label.contains("占")
        else { return nil }
        return next
    }
}

/// A rate the text states as one figure over another: `占…的N%`, `完成年初预算的N%`.
struct ShareRelation {
    let rate: PrintedFigure
    let part: PrintedFigure
    let whole: PrintedFigure
    let sentence: Sentence
}

/// Finds shares: a percentage after `占`, `完成`, `为…的`, with the figure it is of and the whole it is of.
struct ShareExtractor {
    let section: SectionState

    func relations(in sentence: Sentence, sums: [SumRelation]) -> [ShareRelation] {
        sentence.figures.compactMap { rate in
            guard rate.unit == .percent, !rate.inBrackets, let name = Self.wholeName(rate.label) else { return nil }
            let before = sentence.figures.filter {
                $0.range.upperBound <= rate.range.lowerBound && !$0.inBrackets && $0.unit.family != "percent"
            }
            guard let part = before.last else { return nil }
            let whole: PrintedFigure?
            if name.isEmpty {
                whole = sums.first { $0.parts.contains(part) }?.total
            } else {
                whole = section.named(name, family: part.unit.family, excluding: part, in: sentence)
            }
            guard let whole, whole != part, whole.base != 0 else { return nil }
            return ShareRelation(rate: rate, part: part, whole: whole, sentence: sentence)
        }
    }

    /// The whole a rate's label names: `占基本支出的` → `基本支出`, `占` / `占比` → "" (the list's total);
    /// nil when the label states no share.
    static func wholeName(_ label: String) -> String? {
        if let match = label.firstMatch(of: /(?:占|完成|为|是|相当于)(.*?)(?:的|的比重|的比例|比重|比例)?(?:为|达)?$/),
            label.contains("占") || label.hasSuffix("的")
        {
            let name = String(match.1)
            return name == "比" ? "" : name
        }
        if label.hasSuffix("占比") || label.hasSuffix("占比为") || label.hasSuffix("所占比重") { return "" }
        return nil
    }
}

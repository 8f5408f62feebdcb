/// What the checker remembers within a section (from one heading to the next).
struct SectionState {
    /// The subject total a breakdown without its own total refers to: the last money figure of the last
    /// paragraph that lists nothing.
    var anchor: PrintedFigure?
    /// The section's figures so far with their paragraphs, newest last: where a named whole or prior is sought.
    var figures: [PrintedFigure] = []
    /// How many of the section's newest figures a named whole or prior is sought among.
    static let reach = 80

    /// The newest figure before `limit` in this section (or in `sentence` first) that `name` names.
    func named(_ name: String, family: String, excluding: PrintedFigure, in sentence: Sentence) -> PrintedFigure? {
        let nameKey = FigureLabel.key(name)
        let matches: (PrintedFigure) -> Bool = {
            $0 != excluding && !$0.inBrackets && $0.unit.family == family
                && FigureLabel.names($0, key: nameKey) && !FigureLabel.isChange($0.label)
        }
        let before = sentence.figures.filter { $0.range.upperBound <= excluding.range.lowerBound }
        // A whole or a prior is printed near the figure it serves: look back a bounded distance.
        return before.last(where: matches) ?? figures.suffix(Self.reach).last(where: matches)
    }
}

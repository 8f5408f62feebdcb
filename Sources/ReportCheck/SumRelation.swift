/// A total and the parts the text says make it up.
struct SumRelation {
    let total: PrintedFigure
    let parts: [PrintedFigure]
    /// The parts are all of the total (`其中 A，B`), not a selection (`主要包括 A，B 等`).
    let exhaustive: Bool
    /// The sentence that lists the parts: where findings point.
    let sentence: Sentence
}

/// A word that introduces a list of parts, and where it stands.
struct ListMarker {
    enum Kind {
        /// `其中`: the total stands before, in this sentence or the one before.
        case ofWhich
        /// `包括`, `分别为`: the total stands before, in this sentence.
        case listing
        /// `按经济科目划分`: the total may be the section's subject, printed in an earlier paragraph.
        case breakdown
    }

    let kind: Kind
    /// Where the marker starts and where its words end.
    let start: Int
    let end: Int
    /// `主要包括`, `等`: the parts need not be all of the total.
    var selective: Bool

    static let words: [(String, Kind)] = [
        ("其中", .ofWhich), ("包括", .listing), ("分别为", .listing), ("分别是", .listing), ("构成为", .listing),
        ("划分", .breakdown), ("分类", .breakdown),
    ]
}

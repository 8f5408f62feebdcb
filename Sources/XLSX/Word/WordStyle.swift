/// A font by name, with the one a reader should use when it lacks it (`w:altName`).
public struct WordFont: Sendable, Equatable {
    public var name: String
    public var fallback: String?

    /// `name`, and `fallback` for readers without it.
    public init(_ name: String, fallback: String? = nil) {
        self.name = name
        self.fallback = fallback
    }
}

/// How a paragraph's lines sit between its margins.
public enum WordAlignment: String, Sendable {
    case left, center, right
    /// Justified.
    case both
}

/// A paragraph style of the document: its font (for Latin and East Asian text alike), size and
/// spacing. The writer names fonts only through styles, so a document's fonts are its styles'.
public struct WordParagraphStyle: Sendable {
    /// The style's id, as paragraphs refer to it.
    public var id: String
    /// The name a word processor shows (Word knows `heading 1`, `Title` as built-in names).
    public var name: String
    public var font: WordFont
    /// Size in points (16 is 三号).
    public var points: Double
    public var bold = false
    public var alignment: WordAlignment = .both
    /// First-line indent in characters (2 for Chinese body text).
    public var firstLineCharacters = 0
    /// Exact line pitch in points; nil for single spacing.
    public var lineSpacing: Double?
    /// Space before and after, in points.
    public var spaceBefore: Double = 0
    public var spaceAfter: Double = 0
    /// The outline level of a heading (0 is the top); nil for body text.
    public var outlineLevel: Int?
    /// Keep with the next paragraph (headings, a table's title).
    public var keepWithNext = false

    /// A style `id` shown as `name`, in `font` at `points`.
    public init(id: String, name: String, font: WordFont, points: Double) {
        self.id = id
        self.name = name
        self.font = font
        self.points = points
    }
}

/// A page's size and margins, in millimetres.
public struct WordPage: Sendable {
    public var width: Double = 210
    public var height: Double = 297
    public var top: Double
    public var bottom: Double
    public var left: Double
    public var right: Double
    /// Distance of the header and footer from the page's edge.
    public var header: Double = 15
    public var footer: Double = 17.5

    /// An A4 page with the given margins.
    public init(top: Double, bottom: Double, left: Double, right: Double) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// The width between the margins, in twentieths of a point.
    public var textWidthTwips: Int { Self.twips(width - left - right) }

    /// Millimetres in twentieths of a point.
    static func twips(_ millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }
}

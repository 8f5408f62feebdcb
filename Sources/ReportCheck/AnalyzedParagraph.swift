import Foundation

/// A paragraph scanned: its figures, the blanks where figures should be, its sentences.
struct AnalyzedParagraph {
    let number: Int
    let text: [Character]
    let figures: [PrintedFigure]
    let blanks: [(offset: Int, unit: String)]
    let sentences: [Sentence]
    /// Bracket depth at each character: figures and markers inside brackets are asides.
    let brackets: [Int]

    init(_ paragraph: ReportParagraph) {
        number = paragraph.number
        text = TextNormalizer.normalize(paragraph.text)
        let scanner = NumberScanner(text)
        figures = scanner.figures
        blanks = scanner.blanks
        brackets = Self.depths(text)
        sentences = Self.split(text, figures: figures, paragraph: number)
    }

    /// A heading: `一、…`, `（一）…`, `# …`, short and without figures; it starts a new section.
    var isHeading: Bool {
        let line = String(text).trimmingCharacters(in: .whitespaces)
        guard line.count <= 40, figures.isEmpty else { return false }
        return line.hasPrefix("#") || line.contains(/^[一二三四五六七八九十]+、/) || line.contains(/^（[一二三四五六七八九十]+）/)
    }

    private static func split(_ text: [Character], figures: [PrintedFigure], paragraph: Int) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        for index in text.indices where "。！？!?\n".contains(text[index]) || index == text.count - 1 {
            let range = start..<(index + 1)
            let inside = figures.filter { range.contains($0.range.lowerBound) }
            sentences.append(Sentence(paragraph: paragraph, text: text, range: range, figures: inside))
            start = index + 1
        }
        return sentences
    }

    private static func depths(_ text: [Character]) -> [Int] {
        var depth = 0
        return text.map { character in
            if "（[【〔".contains(character) { depth += 1 }
            defer { if "）]】〕".contains(character) { depth = max(0, depth - 1) } }
            return depth
        }
    }
}

import Foundation

/// A sentence of a paragraph (up to 。！？) with the figures printed in it.
struct Sentence {
    let paragraph: Int
    let text: [Character]
    let range: Range<Int>
    let figures: [PrintedFigure]

    /// The sentence as printed, for findings.
    var quote: String {
        String(text[range]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The sentence's characters from `start` to `end` (clamped to the sentence).
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(range.lowerBound, start)
        let upper = min(range.upperBound, end)
        return lower < upper ? String(text[lower..<upper]) : ""
    }

    /// Offsets in the sentence where `word` starts, outside brackets.
    func occurrences(of word: String, brackets: [Int]) -> [Int] {
        let characters = Array(word)
        var found: [Int] = []
        var index = range.lowerBound
        while index + characters.count <= range.upperBound {
            if brackets[index] == 0, text[index] == characters[0],
                text[index..<(index + characters.count)].elementsEqual(characters)
            {
                found.append(index)
                index += characters.count
            } else {
                index += 1
            }
        }
        return found
    }
}

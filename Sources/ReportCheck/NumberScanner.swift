import Foundation

/// Finds the figures of a paragraph: numbers with a unit the checker knows, and units with no number.
struct NumberScanner {
    let text: [Character]
    private(set) var figures: [PrintedFigure] = []
    /// Offsets of units printed where a number should be (`占基本支出预算%`).
    private(set) var blanks: [(offset: Int, unit: String)] = []
    /// Where the last figure ended: the next figure's label starts no earlier.
    private var lastEnd = 0

    /// Characters that may stand before 万元 without a missing number: Chinese numerals, words of amount, and
    /// 按/以 (`按万元四舍五入`, `以万元为单位`: the unit named, not a figure).
    private static let numeralWords: Set<Character> = Set("零一二三四五六七八九十百千万亿两几数上余多单位按以")

    init(_ text: [Character]) {
        self.text = text
        scan()
    }

    private mutating func scan() {
        var index = 0
        var depth = 0
        while index < text.count {
            let character = text[index]
            if character == "（" || character == "[" || character == "【" || character == "〔" { depth += 1 }
            if character == "）" || character == "]" || character == "】" || character == "〕" {
                depth = max(0, depth - 1)
            }
            if character.isASCIIDigit, !Self.continuesWord(text, before: index) {
                index = readFigure(at: index, inBrackets: depth > 0)
                continue
            }
            noteBlank(at: index)
            index += 1
        }
    }

    /// A digit after a letter, a digit or a point belongs to something else (`5G`, `1.2.3`).
    private static func continuesWord(_ text: [Character], before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = text[index - 1]
        return previous.isASCIIDigit || previous == "." || (previous.isASCII && previous.isLetter) || previous == "第"
    }

    private mutating func readFigure(at start: Int, inBrackets: Bool) -> Int {
        var index = start
        var digits = ""
        readDigits(&index, into: &digits)
        while index < text.count, text[index] == "," || text[index] == "，", Self.isGroup(text, at: index + 1) {
            digits += String(text[(index + 1)...(index + 3)])
            index += 4
        }
        var scale = 0
        if index + 1 < text.count, text[index] == ".", text[index + 1].isASCIIDigit {
            index += 1
            var fraction = ""
            readDigits(&index, into: &fraction)
            digits += "." + fraction
            scale = fraction.count
        }
        var unitStart = index
        while unitStart < text.count, text[unitStart] == " " { unitStart += 1 }
        guard let (word, unit) = unit(at: unitStart), let value = Decimal(string: digits) else { return index }
        let end = unitStart + word.count
        defer { lastEnd = end }
        let label = label(before: start)
        var figure = PrintedFigure(
            value: value, scale: scale, unit: unit, number: digits, range: start..<end, label: label,
            inBrackets: inBrackets)
        figure.labelKey = FigureLabel.key(label)
        figures.append(figure)
        return end
    }

    private func readDigits(_ index: inout Int, into digits: inout String) {
        while index < text.count, text[index].isASCIIDigit {
            digits.append(text[index])
            index += 1
        }
    }

    /// Exactly three digits and no fourth: a thousands group (`27,080`), not a list (`1，2`).
    private static func isGroup(_ text: [Character], at index: Int) -> Bool {
        guard index + 2 < text.count, text[index...(index + 2)].allSatisfy(\.isASCIIDigit) else { return false }
        return index + 3 == text.count || !text[index + 3].isASCIIDigit
    }

    private func unit(at index: Int) -> (String, FigureUnit)? {
        FigureUnit.words.first { word, _ in matches(word, at: index) }
    }

    private func matches(_ word: String, at index: Int) -> Bool {
        let characters = Array(word)
        guard index + characters.count <= text.count else { return false }
        return Array(text[index..<(index + characters.count)]) == characters
    }

    /// The clause's words before a figure, back to the previous punctuation.
    private func label(before start: Int) -> String {
        var index = start
        while index > lastEnd, !FigureLabel.stops.contains(text[index - 1]) { index -= 1 }
        return String(text[index..<start]).trimmingCharacters(in: .whitespaces)
    }

    private mutating func noteBlank(at index: Int) {
        guard index > 0, text[index - 1].isChineseIdeograph else { return }
        if text[index] == "%" {
            blanks.append((index, "%"))
        } else if matches("万元", at: index), !Self.numeralWords.contains(text[index - 1]) {
            blanks.append((index, "万元"))
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }

    /// A CJK unified ideograph: the words a blank number would stand among.
    var isChineseIdeograph: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value)
    }
}

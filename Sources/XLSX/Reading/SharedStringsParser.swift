/// Reads `xl/sharedStrings.xml`: each `<si>` is its `<t>` text, rich text runs concatenated, phonetic runs
/// (`<rPh>`) left out.
struct SharedStringsParser {
    let part: String
    let limits: WorkbookLimits
    private(set) var strings: [String] = []
    private var current = ""
    private var currentLength = 0
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    init(part: String, limits: WorkbookLimits) {
        self.part = part
        self.limits = limits
    }

    mutating func handle(_ token: XMLToken, _ tokenizer: inout XMLTokenizer) throws {
        switch (token, tokenizer.name) {
        case (.startElement, "si"):
            guard strings.count < limits.maxSharedStrings else {
                throw WorkbookError(.tooManySharedStrings(part: part, limit: limits.maxSharedStrings))
            }
            (inItem, current, currentLength) = (true, "", 0)
        case (.startElement, "t"): inText = inItem && phoneticDepth == 0
        case (.startElement, "rPh"): phoneticDepth += 1
        case (.endElement, "rPh"): phoneticDepth -= 1
        case (.endElement, "t"): inText = false
        case (.endElement, "si"):
            strings.append(current)
            inItem = false
        case (.text, _) where inText: try append(tokenizer.text())
        default: break
        }
    }

    private mutating func append(_ text: String) throws {
        currentLength += text.utf16.count
        guard currentLength <= limits.maxCellCharacters else {
            throw WorkbookError(
                .sharedStringTooLong(
                    part: part, limit: limits.maxCellCharacters, index: strings.count, length: currentLength))
        }
        current += text
    }
}

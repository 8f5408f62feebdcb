import Foundation

/// What `XMLTokenizer.next()` found.
enum XMLToken: Equatable {
    /// A start tag; its local name is in `name`, its attributes through `attribute(_:)`.
    case startElement
    /// An end tag, or the end of a self-closing tag; its local name is in `name`.
    case endElement
    /// Character data or a CDATA section inside an element, read through `text()`.
    case text
}

/// An incremental XML pull tokenizer fed with byte chunks as a part is decompressed.
///
/// It reads the subset of XML that spreadsheet parts use and refuses the rest: a DOCTYPE (and with it any entity
/// other than the five predefined ones), text that is not UTF-8, unbalanced tags. Element and attribute names are
/// matched on their local part, so `x:c` reads as `c`. Comments and processing instructions are skipped.
struct XMLTokenizer {
    /// The part being read, named in errors.
    let part: String
    /// The local name of the element of the last start or end token.
    var name = ""

    var buffer: [UInt8] = []
    /// Where the next token starts in `buffer`.
    var position = 0
    /// Where the search for the end of an incomplete token resumes, and the quote it is inside.
    var scanFrom = 0
    var openQuote: UInt8 = 0
    var isEnded = false
    var atDocumentStart = true
    var openElements: [String] = []
    var rootClosed = false
    var pendingEnd = false
    var attributes: [AttributeSpan] = []
    var textSpan = 0..<0
    var textIsCDATA = false
    /// Bytes dropped from the front of `buffer`, the newlines among them, and where their last line started.
    var discardedBytes = 0
    var discardedLines = 0
    var discardedLineStart = 0

    /// Deeper nesting or more attributes than any spreadsheet part uses would only cost memory.
    static let maxDepth = 256
    static let maxAttributes = 512

    struct AttributeSpan {
        var localName: Range<Int>
        var value: Range<Int>
    }

    /// A tokenizer for the part at path `part`.
    init(part: String) {
        self.part = part
    }

    /// Appends the next chunk of the part's bytes.
    mutating func feed(_ bytes: some Collection<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Marks the end of the part: what is left must complete the document.
    mutating func finish() {
        isEnded = true
    }

    /// The next token, or nil when more bytes are needed (or the part has ended well-formed).
    mutating func next() throws -> XMLToken? {
        if pendingEnd {
            pendingEnd = false
            closeElement()
            return .endElement
        }
        if atDocumentStart, try !skipByteOrderMark() { return nil }
        while position < buffer.count {
            if buffer[position] != UInt8(ascii: "<") {
                guard let token = try scanText() else { return nil }
                if let token { return token }
                continue
            }
            guard let token = try scanMarkup() else { return nil }
            if let token { return token }
        }
        if isEnded { try checkDocumentEnd() }
        return nil
    }

    /// Drops consumed bytes, remembering how many lines they held for error positions.
    private mutating func compact() {
        guard position > 0 else { return }
        for index in 0..<position where buffer[index] == UInt8(ascii: "\n") {
            discardedLines += 1
            discardedLineStart = discardedBytes + index + 1
        }
        buffer.removeSubrange(0..<position)
        discardedBytes += position
        scanFrom -= position
        textSpan = 0..<0
        attributes.removeAll(keepingCapacity: true)
        position = 0
    }

    /// Skips a UTF-8 byte order mark; refuses UTF-16. False while too few bytes have arrived to tell.
    private mutating func skipByteOrderMark() throws -> Bool {
        guard buffer.count >= 3 || isEnded else { return false }
        atDocumentStart = false
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
        } else if buffer.starts(with: [0xFE, 0xFF]) || buffer.starts(with: [0xFF, 0xFE]) {
            throw WorkbookError(.utf16XML(part: part))
        }
        return true
    }

    /// Character data up to the next `<`. Outer nil: more bytes needed; inner nil: skipped whitespace.
    private mutating func scanText() throws -> XMLToken?? {
        let end: Int
        if let found = firstIndex(of: UInt8(ascii: "<"), from: max(scanFrom, position)) {
            end = found
        } else if isEnded {
            end = buffer.count
        } else {
            scanFrom = buffer.count
            return nil
        }
        textSpan = position..<end
        textIsCDATA = false
        position = end
        scanFrom = end
        guard !openElements.isEmpty else {
            try requireWhitespace(textSpan)
            return .some(nil)
        }
        if firstIndex(of: UInt8(ascii: "&"), from: textSpan.lowerBound, to: end) != nil {
            _ = try decode(textSpan, references: true)
        }
        return .text
    }

    private func requireWhitespace(_ span: Range<Int>) throws {
        for index in span where !Self.isSpace(buffer[index]) {
            throw malformed(.textOutsideRoot, at: index)
        }
    }

    /// A tag, comment, CDATA section or processing instruction starting at `position`.
    private mutating func scanMarkup() throws -> XMLToken?? {
        guard position + 1 < buffer.count else {
            if isEnded { throw malformed(.endInsideTag, at: buffer.count) }
            return nil
        }
        switch buffer[position + 1] {
        case UInt8(ascii: "?"):
            guard let end = try findTerminator(Array("?>".utf8), unended: .endInsideProcessingInstruction) else {
                return nil
            }
            consume(to: end)
            return .some(nil)
        case UInt8(ascii: "!"):
            return try scanDeclaration()
        case UInt8(ascii: "/"):
            guard let end = try findTagEnd() else { return nil }
            return try endTag(end)
        default:
            guard let end = try findTagEnd() else { return nil }
            return try startTag(end)
        }
    }

    /// `<!--`, `<![CDATA[` or a refused `<!DOCTYPE`.
    private mutating func scanDeclaration() throws -> XMLToken?? {
        let available = buffer[position..<min(buffer.count, position + 9)]
        if available.starts(with: "<!--".utf8) {
            guard let end = try findTerminator(Array("-->".utf8), unended: .endInsideComment) else { return nil }
            consume(to: end)
            return .some(nil)
        }
        if available.starts(with: "<![CDATA[".utf8) {
            guard let end = try findTerminator(Array("]]>".utf8), unended: .endInsideCDATA) else { return nil }
            guard !openElements.isEmpty else {
                throw malformed(.cdataOutsideRoot, at: position)
            }
            textSpan = (position + 9)..<(end - 3)
            textIsCDATA = true
            consume(to: end)
            return .text
        }
        if available.starts(with: "<!DOCTYPE".utf8) {
            throw malformed(.doctype, at: position)
        }
        let prefixes = ["<!--", "<![CDATA[", "<!DOCTYPE"].map { Array($0.utf8) }
        if !isEnded, available.count < 9, prefixes.contains(where: { $0.starts(with: available) }) { return nil }
        throw malformed(.unknownDeclaration, at: position)
    }

    /// The index just past `terminator`, searching from `position`; nil when more bytes are needed.
    private mutating func findTerminator(_ terminator: [UInt8], unended: WorkbookError.XMLFault) throws -> Int? {
        var from = max(scanFrom, position + 2)
        while let index = firstIndex(of: terminator[0], from: from) {
            guard index + terminator.count <= buffer.count else { break }
            if buffer[index..<(index + terminator.count)].elementsEqual(terminator) { return index + terminator.count }
            from = index + 1
        }
        if isEnded { throw malformed(unended, at: buffer.count) }
        scanFrom = max(position + 2, buffer.count - terminator.count + 1)
        return nil
    }

    /// The index just past the `>` closing the tag at `position`, skipping quoted attribute values.
    private mutating func findTagEnd() throws -> Int? {
        var index = max(scanFrom, position + 1)
        var quote = openQuote
        let found: Int? = buffer.withUnsafeBufferPointer { bytes in
            while index < bytes.count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: ">") {
                    return index + 1
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "<") {
                    return -index
                }
                index += 1
            }
            return nil
        }
        if let found, found > 0 {
            openQuote = 0
            return found
        }
        if let found {
            throw malformed(.lessThanInTag, at: -found)
        }
        if isEnded { throw malformed(.endInsideTag, at: buffer.count) }
        scanFrom = buffer.count
        openQuote = quote
        return nil
    }

    private mutating func consume(to end: Int) {
        position = end
        scanFrom = end
        openQuote = 0
    }

    mutating func closeElement() {
        openElements.removeLast()
        rootClosed = openElements.isEmpty
    }

    private func checkDocumentEnd() throws {
        if let open = openElements.last {
            throw malformed(.unclosedElement(element: open), at: buffer.count)
        }
        guard rootClosed else {
            throw malformed(.noRootElement, at: buffer.count)
        }
    }

    /// The first `byte` in `buffer[from..<to]`.
    func firstIndex(of byte: UInt8, from: Int, to: Int? = nil) -> Int? {
        let end = to ?? buffer.count
        guard from < end else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, let hit = memchr(base + from, Int32(byte), end - from) else {
                return nil
            }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}

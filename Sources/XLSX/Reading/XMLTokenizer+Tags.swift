extension XMLTokenizer {
    /// Reads the start tag ending just before `end`: its name and the spans of its attributes.
    mutating func startTag(_ end: Int) throws -> XMLToken {
        guard !rootClosed else {
            throw malformed(expected: "nothing after the root element", found: "another element", at: position)
        }
        guard openElements.count < Self.maxDepth else {
            throw malformed(
                expected: "at most \(Self.maxDepth) nested elements", found: "deeper nesting", at: position)
        }
        let nameSpan = try readName(from: position + 1, what: "an element name after <")
        attributes.removeAll(keepingCapacity: true)
        var index = nameSpan.upperBound
        var selfClosing = false
        while true {
            let spaced = skipSpace(&index)
            let byte = buffer[index]
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "/") {
                guard index + 2 == end else {
                    throw malformed(expected: "> after / in a tag", found: describe(index + 1), at: index + 1)
                }
                selfClosing = true
                break
            }
            guard spaced else {
                throw malformed(expected: "a space before an attribute", found: describe(index), at: index)
            }
            index = try readAttribute(from: index)
        }
        openElements.append(String(decoding: buffer[nameSpan], as: UTF8.self))
        name = localName(nameSpan)
        position = end
        scanFrom = end
        pendingEnd = selfClosing
        return .startElement
    }

    /// Reads the end tag ending just before `end`, which must close the innermost open element.
    mutating func endTag(_ end: Int) throws -> XMLToken {
        let nameSpan = try readName(from: position + 2, what: "an element name after </")
        var index = nameSpan.upperBound
        _ = skipSpace(&index)
        guard index == end - 1 else {
            throw malformed(expected: "> ending the end tag", found: describe(index), at: index)
        }
        let qualified = String(decoding: buffer[nameSpan], as: UTF8.self)
        guard openElements.last == qualified else {
            let expected = openElements.last.map { "</\($0)>" } ?? "no end tag after the root element"
            throw malformed(expected: expected, found: "</\(qualified)>", at: position)
        }
        closeElement()
        name = localName(nameSpan)
        position = end
        scanFrom = end
        return .endElement
    }

    /// The decoded value of the current start tag's attribute whose local name is `localName`.
    func attribute(_ localName: String) throws -> String? {
        let wanted = localName.utf8
        for span in attributes where buffer[span.localName].elementsEqual(wanted) {
            return try decode(span.value, references: true)
        }
        return nil
    }

    /// The current text token's characters, references decoded.
    func text() throws -> String {
        try decode(textSpan, references: !textIsCDATA)
    }

    /// Reads `name = "value"` from `start`; returns the index just past the closing quote.
    private mutating func readAttribute(from start: Int) throws -> Int {
        guard attributes.count < Self.maxAttributes else {
            throw malformed(expected: "at most \(Self.maxAttributes) attributes", found: "more", at: start)
        }
        let nameSpan = try readName(from: start, what: "an attribute name")
        var index = nameSpan.upperBound
        _ = skipSpace(&index)
        guard buffer[index] == UInt8(ascii: "=") else {
            throw malformed(expected: "= after an attribute name", found: describe(index), at: index)
        }
        index += 1
        _ = skipSpace(&index)
        let quote = buffer[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed(expected: "a quoted attribute value", found: describe(index), at: index)
        }
        guard let close = firstIndex(of: quote, from: index + 1) else {
            throw malformed(expected: "a closing quote", found: "none", at: index)
        }
        if let less = firstIndex(of: UInt8(ascii: "<"), from: index + 1, to: close) {
            throw malformed(expected: "an attribute value without <", found: "<", at: less)
        }
        let colon = buffer[nameSpan].lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? nameSpan.lowerBound
        attributes.append(AttributeSpan(localName: colon..<nameSpan.upperBound, value: (index + 1)..<close))
        return close + 1
    }

    /// The span of the name starting at `start`, which must not be empty.
    private func readName(from start: Int, what: String) throws -> Range<Int> {
        var index = start
        while index < buffer.count, !Self.endsName(buffer[index]) { index += 1 }
        guard index > start, !Self.isDigitOrDash(buffer[start]) else {
            throw malformed(expected: what, found: describe(start), at: start)
        }
        return start..<index
    }

    private func localName(_ span: Range<Int>) -> String {
        let colon = buffer[span].lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? span.lowerBound
        return String(decoding: buffer[colon..<span.upperBound], as: UTF8.self)
    }

    /// Advances past whitespace; true if there was any.
    private func skipSpace(_ index: inout Int) -> Bool {
        let start = index
        while index < buffer.count, Self.isSpace(buffer[index]) { index += 1 }
        return index > start
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "<"),
            UInt8(ascii: "\""), UInt8(ascii: "'"):
            true
        default: false
        }
    }

    private static func isDigitOrDash(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    /// A byte as an error shows it: the character when printable ASCII, else its hex value.
    func describe(_ index: Int) -> String {
        guard index < buffer.count else { return "the end of the tag" }
        let byte = buffer[index]
        if (0x21...0x7E).contains(byte) { return "\"\(Character(Unicode.Scalar(byte)))\"" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    /// A malformedXML error at `index` in `buffer`, located by line and column.
    func malformed(expected: String, found: String, at index: Int) -> WorkbookError {
        WorkbookError(.malformedXML, part: part, expected: expected, found: "\(found) at \(location(of: index))")
    }

    func unexpectedEnd(inside what: String) -> WorkbookError {
        malformed(expected: "the end of \(what)", found: "the end of the part", at: buffer.count)
    }

    /// "line 3, column 14" for `index` in `buffer`; columns count bytes from 1.
    func location(of index: Int) -> String {
        var line = discardedLines + 1
        var lineStart = discardedLineStart - discardedBytes
        for offset in 0..<min(index, buffer.count) where buffer[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        return "line \(line), column \(index - lineStart + 1)"
    }
}

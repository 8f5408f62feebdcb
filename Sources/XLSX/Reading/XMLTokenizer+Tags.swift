extension XMLTokenizer {
    /// Reads the start tag ending just before `end`: its name and the spans of its attributes.
    mutating func startTag(_ end: Int) throws -> XMLToken {
        guard !rootClosed else {
            throw malformed(.elementAfterRoot, at: position)
        }
        guard openElements.count < Self.maxDepth else {
            throw malformed(.tooDeep(limit: Self.maxDepth), at: position)
        }
        let nameSpan = try readName(from: position + 1, fault: WorkbookError.XMLFault.badElementName)
        attributes.removeAll(keepingCapacity: true)
        var index = nameSpan.upperBound
        var selfClosing = false
        while true {
            let spaced = skipSpace(&index)
            let byte = buffer[index]
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "/") {
                guard index + 2 == end else {
                    throw malformed(.slashInTag(describe(index + 1)), at: index + 1)
                }
                selfClosing = true
                break
            }
            guard spaced else {
                throw malformed(.noSpaceBeforeAttribute(describe(index)), at: index)
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
        let nameSpan = try readName(from: position + 2, fault: WorkbookError.XMLFault.badEndElementName)
        var index = nameSpan.upperBound
        _ = skipSpace(&index)
        guard index == end - 1 else {
            throw malformed(.badEndTag(describe(index)), at: index)
        }
        let qualified = String(decoding: buffer[nameSpan], as: UTF8.self)
        guard openElements.last == qualified else {
            let fault =
                openElements.last.map { WorkbookError.XMLFault.mismatchedEndTag(open: $0, found: qualified) }
                ?? .endTagAfterRoot(found: qualified)
            throw malformed(fault, at: position)
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
            throw malformed(.tooManyAttributes(limit: Self.maxAttributes), at: start)
        }
        let nameSpan = try readName(from: start, fault: WorkbookError.XMLFault.badAttributeName)
        var index = nameSpan.upperBound
        _ = skipSpace(&index)
        guard buffer[index] == UInt8(ascii: "=") else {
            throw malformed(.noEqualsSign(describe(index)), at: index)
        }
        index += 1
        _ = skipSpace(&index)
        let quote = buffer[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw malformed(.unquotedAttribute(describe(index)), at: index)
        }
        guard let close = firstIndex(of: quote, from: index + 1) else {
            throw malformed(.unclosedQuote, at: index)
        }
        if let less = firstIndex(of: UInt8(ascii: "<"), from: index + 1, to: close) {
            throw malformed(.lessThanInAttribute, at: less)
        }
        let colon = buffer[nameSpan].lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? nameSpan.lowerBound
        attributes.append(AttributeSpan(localName: colon..<nameSpan.upperBound, value: (index + 1)..<close))
        return close + 1
    }

    /// The span of the name starting at `start`, which must not be empty.
    private func readName(
        from start: Int, fault: (WorkbookError.XMLByte) -> WorkbookError.XMLFault
    ) throws -> Range<Int> {
        var index = start
        while index < buffer.count, !Self.endsName(buffer[index]) { index += 1 }
        guard index > start, !Self.isDigitOrDash(buffer[start]) else {
            throw malformed(fault(describe(start)), at: start)
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
    func describe(_ index: Int) -> WorkbookError.XMLByte {
        guard index < buffer.count else { return .endOfTag }
        let byte = buffer[index]
        if (0x21...0x7E).contains(byte) { return .character(Character(Unicode.Scalar(byte))) }
        return .byte(byte)
    }

    /// A malformedXML error at `index` in `buffer`, located by line and column.
    func malformed(_ fault: WorkbookError.XMLFault, at index: Int) -> WorkbookError {
        let (line, column) = location(of: index)
        return WorkbookError(.malformedXML(fault, part: part, line: line, column: column))
    }

    /// The line and column of `index` in `buffer`; columns count bytes from 1.
    func location(of index: Int) -> (line: Int, column: Int) {
        var line = discardedLines + 1
        var lineStart = discardedLineStart - discardedBytes
        for offset in 0..<min(index, buffer.count) where buffer[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        return (line, index - lineStart + 1)
    }
}

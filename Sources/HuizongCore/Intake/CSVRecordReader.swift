import Foundation

/// Reads RFC 4180 records from UTF-8 bytes, one at a time, counting physical lines.
///
/// Fields are separated by commas; a field may be enclosed in double quotes, with `""` for a quote,
/// and may then hold commas and line ends. Lines end in LF or CRLF. Entirely empty lines are skipped.
struct CSVRecordReader {
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: [UInt8]
    /// Whether the input holds a NUL byte at all: most files do not, and their fields are then
    /// not searched one by one.
    private let hasNul: Bool
    private var position: Int
    private var line = 1
    /// The previous record's field count, to size the next record's array once.
    private var fieldCount = 0

    /// A reader of `bytes` from `start` (past a byte order mark).
    init(bytes: [UInt8], start: Int = 0) {
        self.bytes = bytes
        self.hasNul = bytes.withUnsafeBufferPointer { all in
            all.baseAddress.map { memchr($0, 0, all.count) != nil } ?? false
        }
        self.position = start
    }

    private enum FieldEnd { case comma, lineEnd, endOfInput }

    /// The next record, or nil at the end of the input.
    mutating func next() -> CSVRawRecord? {
        while position < bytes.count, let length = lineEndLength(at: position) {
            position += length
            line += 1
        }
        guard position < bytes.count else { return nil }
        var record = CSVRawRecord(line: line)
        record.fields.reserveCapacity(fieldCount)
        while readField(into: &record) == .comma {}
        fieldCount = record.fields.count
        return record
    }

    private mutating func readField(into record: inout CSVRawRecord) -> FieldEnd {
        if position < bytes.count && bytes[position] == Self.quote {
            return readQuotedField(into: &record)
        }
        let start = position
        let sawQuote = skipToFieldEnd()
        let text = string(start..<position)
        if sawQuote {
            record.problems.append(
                CSVSyntaxProblem(
                    field: record.fields.count, message: .csvStrayQuote, args: ["found": .text(text)]))
        }
        append(CSVRawField(text: text, quoted: false), to: &record)
        return consumeFieldEnd()
    }

    /// Adds a field; one holding a NUL byte is a problem (PostgreSQL text cannot hold it), and
    /// the byte is replaced by U+FFFD so that nothing downstream carries it.
    private func append(_ field: CSVRawField, to record: inout CSVRawRecord) {
        var field = field
        if hasNul && field.text.utf8.contains(0) {
            record.problems.append(CSVSyntaxProblem(field: record.fields.count, message: .csvNulByte, args: [:]))
            field.text = field.text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
        }
        record.fields.append(field)
    }

    private mutating func readQuotedField(into record: inout CSVRawRecord) -> FieldEnd {
        let start = position
        let startLine = line
        var text: [UInt8] = []
        position += 1
        while true {
            guard position < bytes.count else {
                record.problems.append(
                    CSVSyntaxProblem(
                        field: record.fields.count, message: .csvUnclosedQuote,
                        args: ["start": .number(Int64(startLine))]))
                append(CSVRawField(text: String(decoding: text, as: UTF8.self), quoted: true), to: &record)
                return .endOfInput
            }
            let byte = bytes[position]
            position += 1
            if byte == Self.quote {
                guard position < bytes.count && bytes[position] == Self.quote else { break }
                position += 1
            } else if byte == Self.lineFeed {
                line += 1
            }
            text.append(byte)
        }
        if !isAtFieldEnd() {
            skipToFieldEnd()
            record.problems.append(
                CSVSyntaxProblem(
                    field: record.fields.count, message: .csvAfterQuote,
                    args: ["found": .text(string(start..<position))]))
        }
        append(CSVRawField(text: String(decoding: text, as: UTF8.self), quoted: true), to: &record)
        return consumeFieldEnd()
    }

    /// Moves to the next comma, line end or end of input; tells whether a double quote was passed.
    @discardableResult
    private mutating func skipToFieldEnd() -> Bool {
        var sawQuote = false
        while !isAtFieldEnd() {
            sawQuote = sawQuote || bytes[position] == Self.quote
            position += 1
        }
        return sawQuote
    }

    private func isAtFieldEnd() -> Bool {
        position == bytes.count || bytes[position] == Self.comma || lineEndLength(at: position) != nil
    }

    /// Steps over the comma or line end at `position`, which `isAtFieldEnd()` found.
    private mutating func consumeFieldEnd() -> FieldEnd {
        guard position < bytes.count else { return .endOfInput }
        if bytes[position] == Self.comma {
            position += 1
            return .comma
        }
        position += lineEndLength(at: position) ?? 1
        line += 1
        return .lineEnd
    }

    /// 1 for LF, 2 for CRLF, nil otherwise; a lone CR is ordinary text.
    private func lineEndLength(at index: Int) -> Int? {
        switch bytes[index] {
        case Self.lineFeed: 1
        case Self.carriageReturn where index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed: 2
        default: nil
        }
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}

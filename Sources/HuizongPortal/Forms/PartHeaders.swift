/// The header block at the start of one multipart part: lines up to a blank line, CRLF or bare LF.
struct PartHeaders {
    /// Header values by lowercased name; of repeated names the first wins.
    let fields: [String: String]
    /// The index of the part's first body byte, after the blank line.
    let bodyStart: Int

    /// Reads the headers of part `number` from the start of `body[range]`.
    init(body: [UInt8], range: Range<Int>, number: Int) throws(FormError) {
        var fields: [String: String] = [:]
        var lineStart = range.lowerBound
        while true {
            let line = try Self.line(in: body, from: lineStart, range: range, number: number)
            lineStart = line.next
            if line.text.isEmpty { break }
            let (name, value) = try Self.field(line.text, number: number)
            if fields[name] == nil { fields[name] = value }
        }
        self.fields = fields
        bodyStart = lineStart
    }

    subscript(name: String) -> String? { fields[name] }

    /// The line at `start` without its line end, and the index after that. The search stops at
    /// `MultipartForm.maximumHeaderBytes` into the part, so a hostile part cannot make it scan far.
    private static func line(
        in body: [UInt8], from start: Int, range: Range<Int>, number: Int
    ) throws(FormError) -> (text: ArraySlice<UInt8>, next: Int) {
        let limit = range.lowerBound + MultipartForm.maximumHeaderBytes
        // Header lines must end within the limit; the blank line after them may take a CR LF more.
        let searchEnd = min(range.upperBound, limit + 2)
        guard let lineFeed = body[start..<searchEnd].firstIndex(of: UInt8(ascii: "\n")) else {
            throw searchEnd < range.upperBound ? .headersTooLong(part: number) : .unterminatedHeaders(part: number)
        }
        var end = lineFeed
        if end > start, body[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if end > start, lineFeed >= limit { throw .headersTooLong(part: number) }
        return (body[start..<end], lineFeed + 1)
    }

    /// Splits `Name: value` into the lowercased name and the trimmed value.
    private static func field(_ line: ArraySlice<UInt8>, number: Int) throws(FormError) -> (String, String) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
            line[line.startIndex] != UInt8(ascii: " "), line[line.startIndex] != UInt8(ascii: "\t")
        else { throw .malformedHeader(part: number) }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        let value = String(decoding: line[(colon + 1)...].trimmingWhitespace, as: UTF8.self)
        return (name, value)
    }
}

/// Finds the boundary delimiter lines of a multipart body (RFC 2046 §5.1.1).
///
/// A delimiter is `CRLF--boundary` followed by `--` (the close) or by optional spaces and a line end.
/// `--boundary` followed by anything else is part content, as in Go's `mime/multipart`.
struct MultipartScanner {
    /// What follows a delimiter.
    enum Kind: Equatable {
        /// A part whose bytes begin at `contentStart`.
        case part(contentStart: Int)
        /// The closing delimiter; anything after it is the ignored epilogue.
        case close
    }

    /// A delimiter found in the body.
    struct Delimiter {
        /// The index of the delimiter's leading CR (where the previous part's content ends).
        let start: Int
        let kind: Kind
    }

    private let body: [UInt8]
    /// `CRLF--boundary`: the CRLF belongs to the delimiter, not to the part before it.
    private let pattern: [UInt8]

    init(body: [UInt8], boundary: [UInt8]) {
        self.body = body
        self.pattern = Array("\r\n--".utf8) + boundary
    }

    /// The first delimiter; the body may begin with it, without the CRLF (an empty preamble).
    func first() -> Delimiter? {
        let dashBoundary = pattern[2...]
        if body.starts(with: dashBoundary), let kind = kind(after: dashBoundary.count) {
            return Delimiter(start: 0, kind: kind)
        }
        return next(from: 0)
    }

    /// The first delimiter whose CR is at or after `index`.
    func next(from index: Int) -> Delimiter? {
        var start = index
        while let match = match(from: start) {
            if let kind = kind(after: match + pattern.count) { return Delimiter(start: match, kind: kind) }
            start = match + 1
        }
        return nil
    }

    /// The index of the next occurrence of `pattern`. A scan for its first byte, then a byte-wise
    /// comparison: no allocation, linear in the body for a boundary of fixed length.
    private func match(from index: Int) -> Int? {
        let first = pattern[0]
        let lastStart = body.count - pattern.count
        var candidate = index
        while candidate <= lastStart {
            if body[candidate] == first, matches(at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    private func matches(at index: Int) -> Bool {
        var offset = 1
        while offset < pattern.count {
            if body[index + offset] != pattern[offset] { return false }
            offset += 1
        }
        return true
    }

    /// What the bytes after a boundary at `index` make of it; `nil` if it is no delimiter, or the body ends
    /// before that is known.
    private func kind(after index: Int) -> Kind? {
        if index + 1 < body.count, body[index] == UInt8(ascii: "-"), body[index + 1] == UInt8(ascii: "-") {
            return .close
        }
        var position = index
        while position < body.count, body[position] == UInt8(ascii: " ") || body[position] == UInt8(ascii: "\t") {
            position += 1
        }
        if position < body.count, body[position] == UInt8(ascii: "\n") { return .part(contentStart: position + 1) }
        if position + 1 < body.count, body[position] == UInt8(ascii: "\r"), body[position + 1] == UInt8(ascii: "\n") {
            return .part(contentStart: position + 2)
        }
        return nil
    }
}

import Foundation

/// A submission's bytes as UTF-8, with the encoding they were found in.
struct DecodedSubmission {
    /// Foundation has no named constant for GB18030 (kCFStringEncodingGB_18030_2000).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    var encoding: TextEncoding
    /// The text in UTF-8.
    var bytes: [UInt8]
    /// Where the text starts in `bytes`, past a byte order mark.
    var start: Int

    /// Valid UTF-8 is taken as UTF-8; anything else is decoded as GB18030; nil when that fails too.
    init?(_ data: [UInt8]) {
        let bom = data.starts(with: Self.byteOrderMark)
        if Self.firstInvalidUTF8(in: data) == nil {
            self.init(encoding: bom ? .utf8BOM : .utf8, bytes: data, start: bom ? 3 : 0)
            return
        }
        // Foundation, not iconv: it also takes 0x80 for €, as Windows (code page 936) writes it.
        guard let text = String(data: Data(data), encoding: Self.gb18030) else { return nil }
        let bytes = Array(text.utf8)
        self.init(
            encoding: .gb18030, bytes: bytes, start: bytes.starts(with: Self.byteOrderMark) ? 3 : 0)
    }

    private init(encoding: TextEncoding, bytes: [UInt8], start: Int) {
        self.encoding = encoding
        self.bytes = bytes
        self.start = start
    }

    /// Offset and 1-based line of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(in data: [UInt8]) -> (offset: Int, line: Int)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") { line += 1 }
                offset += scalar.count
            case .emptyInput:
                return nil
            case .error:
                return (offset, line)
            }
        }
    }
}

extension MultipartPart {
    /// Reads part `number` (from 1) from `body[range]`: its headers, a blank line, then its bytes.
    init(parsing body: [UInt8], range: Range<Int>, number: Int) throws(FormError) {
        let headers = try PartHeaders(body: body, range: range, number: number)
        let disposition = HeaderParameters(headers["content-disposition"] ?? "")
        guard disposition.value == "form-data" else { throw .notFormData(part: number) }
        guard let name = disposition["name"], !name.isEmpty else { throw .missingName(part: number) }
        self.init(
            name: name,
            filename: try Self.filename(disposition, number: number),
            contentType: headers["content-type"],
            body: Array(body[headers.bodyStart..<range.upperBound])
        )
    }

    /// `filename*` (RFC 8187, `UTF-8''` and percent-encoded bytes) when present, else `filename`,
    /// which browsers send as raw UTF-8 (the HTML standard's form encoding).
    private static func filename(_ disposition: HeaderParameters, number: Int) throws(FormError) -> String? {
        guard let extended = disposition["filename*"] else { return disposition["filename"] }
        let bytes = Array(extended.utf8)
        let prefix = Array("utf-8'".utf8)
        // charset ' language ' value; the language tag is ignored.
        guard bytes.count > prefix.count, bytes[..<prefix.count].map(asciiLowercased) == prefix,
            let quote = bytes[prefix.count...].firstIndex(of: UInt8(ascii: "'")),
            let decoded = PercentEncoding.decode(bytes[(quote + 1)...])
        else { throw .malformedFilename(part: number) }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

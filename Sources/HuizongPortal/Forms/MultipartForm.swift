/// A parsed `multipart/form-data` request body (RFC 7578), as browsers send forms with file inputs.
///
/// Parsing takes time linear in the body's size and refuses bodies over its limits, so it is safe on
/// hostile input; the caller still caps the body's size before reading it.
public struct MultipartForm: Sendable {
    /// The most parts a form may have.
    public static let maximumPartCount = 32
    /// The most bytes the headers of one part may take, line ends included.
    public static let maximumHeaderBytes = 8 * 1024

    /// The parts in the order they were sent.
    public let parts: [MultipartPart]

    /// Parses `body` using the boundary from `contentType`, the request's Content-Type header value.
    public init(body: [UInt8], contentType: String) throws(FormError) {
        let scanner = MultipartScanner(body: body, boundary: try Self.boundary(contentType))
        guard var delimiter = scanner.first() else { throw .boundaryNotFound }
        var parts: [MultipartPart] = []
        while case .part(let contentStart) = delimiter.kind {
            guard parts.count < Self.maximumPartCount else { throw .tooManyParts }
            guard let next = scanner.next(from: contentStart) else { throw .missingClosingBoundary }
            parts.append(try MultipartPart(parsing: body, range: contentStart..<next.start, number: parts.count + 1))
            delimiter = next
        }
        self.parts = parts
    }

    /// The text of the first field (a part without a filename) called `name`.
    public func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }?.text
    }

    /// The first file called `name`; `nil` also when its file input was left empty (an empty filename).
    /// A chosen file with no bytes is returned.
    public func file(_ name: String) -> MultipartPart? {
        parts.first { $0.name == name && $0.filename?.isEmpty == false }
    }

    /// The boundary parameter of a `multipart/form-data` Content-Type: 1 to 70 printable ASCII characters
    /// (RFC 2046 §5.1.1).
    static func boundary(_ contentType: String) throws(FormError) -> [UInt8] {
        let header = HeaderParameters(contentType)
        guard header.value == "multipart/form-data" else { throw .notMultipart }
        guard let boundary = header["boundary"] else { throw .missingBoundary }
        let bytes = Array(boundary.utf8)
        // RFC 2046's boundary characters are all printable ASCII; a line break could never match.
        let printable: ClosedRange<UInt8> = 0x20...0x7E
        guard (1...70).contains(bytes.count), bytes.allSatisfy(printable.contains) else { throw .invalidBoundary }
        return bytes
    }
}

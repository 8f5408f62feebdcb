/// One part of a `multipart/form-data` body: a text field, or a file when it has a `filename`.
public struct MultipartPart: Equatable, Sendable {
    /// The form control's name.
    public let name: String
    /// The file's name as the client sent it: `nil` for a text field, `""` when a file input was left empty.
    /// Untrusted text, never a path to write to.
    public let filename: String?
    /// The part's Content-Type, if it has one (browsers send one with every file).
    public let contentType: String?
    /// The part's bytes, exactly as sent.
    public let body: [UInt8]

    /// A part with the given contents.
    public init(name: String, filename: String? = nil, contentType: String? = nil, body: [UInt8]) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.body = body
    }

    /// The body as UTF-8 text; invalid sequences become U+FFFD.
    public var text: String { String(decoding: body, as: UTF8.self) }
}

import HuizongCore

/// Why a request body could not be read as a form. Each `description` is a sentence a user can be shown;
/// none repeats bytes from the request, so it is safe to log and to put in a page.
public enum FormError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The Content-Type header is missing or names another media type.
    case notMultipart
    /// The Content-Type header has no `boundary` parameter.
    case missingBoundary
    /// The boundary is empty, longer than RFC 2046's 70 characters, or not printable ASCII.
    case invalidBoundary
    /// The boundary never appears in the body.
    case boundaryNotFound
    /// The body stops before its closing `--boundary--` line.
    case missingClosingBoundary
    /// The form has more than `MultipartForm.maximumPartCount` parts.
    case tooManyParts
    /// The headers of a part (numbered from 1) exceed `MultipartForm.maximumHeaderBytes`.
    case headersTooLong(part: Int)
    /// The headers of a part do not end with a blank line.
    case unterminatedHeaders(part: Int)
    /// A header line of a part has no colon, or starts with white space (obsolete folding).
    case malformedHeader(part: Int)
    /// A part has no `Content-Disposition: form-data` header.
    case notFormData(part: Int)
    /// A part's Content-Disposition has no (or an empty) `name`.
    case missingName(part: Int)
    /// A part's `filename*` is not `UTF-8''` followed by percent-encoded bytes.
    case malformedFilename(part: Int)

    /// The reason in one sentence, for the user.
    public var description: String {
        switch self {
        case .notMultipart: "the form's Content-Type is not multipart/form-data"
        case .missingBoundary: "the form's Content-Type has no boundary"
        case .invalidBoundary: "the form's boundary is not 1 to 70 printable ASCII characters"
        case .boundaryNotFound: "the multipart body does not contain its boundary"
        case .missingClosingBoundary: "the multipart body has no closing boundary"
        case .tooManyParts: "the form has more than \(MultipartForm.maximumPartCount) parts"
        case .headersTooLong(let part):
            "the headers of part \(part) are longer than \(MultipartForm.maximumHeaderBytes / 1024) KiB"
        case .unterminatedHeaders(let part): "the headers of part \(part) do not end with a blank line"
        case .malformedHeader(let part): "part \(part) has a malformed header line"
        case .notFormData(let part): "part \(part) has no Content-Disposition: form-data header"
        case .missingName(let part): "part \(part) has no name"
        case .malformedFilename(let part): "part \(part) has a filename* that is not UTF-8 percent-encoded"
        }
    }

    /// The problem as the refusal carries it (the pages word it in Chinese).
    var problem: Refusal.FormProblem {
        switch self {
        case .notMultipart: .notMultipart
        case .missingBoundary: .missingBoundary
        case .invalidBoundary: .invalidBoundary
        case .boundaryNotFound: .boundaryNotFound
        case .missingClosingBoundary: .missingClosingBoundary
        case .tooManyParts: .tooManyParts(maximum: MultipartForm.maximumPartCount)
        case .headersTooLong(let part): .headersTooLong(part: part, kibibytes: MultipartForm.maximumHeaderBytes / 1024)
        case .unterminatedHeaders(let part): .unterminatedHeaders(part: part)
        case .malformedHeader(let part): .malformedHeader(part: part)
        case .notFormData(let part): .notFormData(part: part)
        case .missingName(let part): .missingName(part: part)
        case .malformedFilename(let part): .malformedFilename(part: part)
        }
    }
}

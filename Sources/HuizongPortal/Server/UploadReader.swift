import HTTPTypes
import Hummingbird
import NIOCore

/// Reads an upload form (`file`, `unit`, `year`, and for pages `csrf`) within the size limit.
struct UploadReader: Sendable {
    /// The largest body accepted, in bytes.
    let limit: Int

    /// The form's parts; 413 above the limit (told by Content-Length before reading, or
    /// found while reading), 400 when it is not a form with a file.
    func read(_ request: Request) async throws -> UploadForm {
        let body = try await collect(request)
        guard let contentType = request.headers[.contentType] else {
            throw PortalError.badRequest(.uploadNotMultipart)
        }
        let form: MultipartForm
        do {
            form = try MultipartForm(body: body, contentType: contentType)
        } catch {
            throw PortalError.badRequest(.uploadFormUnreadable(problem: error.problem))
        }
        guard let file = form.file("file"), let name = file.filename, !name.isEmpty else {
            throw PortalError.badRequest(.uploadWithoutFile)
        }
        let fields = Query(["unit": form.field("unit") ?? "", "year": form.field("year") ?? ""])
        if let field = fields.fieldWithNul { throw PortalError.badRequest(.textHasNul(field: field)) }
        return UploadForm(
            fields: fields,
            csrf: form.field("csrf"), fileName: name, bytes: file.body)
    }

    /// The whole body, refusing more than `limit` bytes.
    func collect(_ request: Request) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw PortalError.tooLarge(limit: limit)
        }
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw PortalError.tooLarge(limit: limit)
        }
    }
}

/// An upload form as read.
struct UploadForm: Sendable {
    let fields: Query
    let csrf: String?
    let fileName: String
    let bytes: [UInt8]

    func unit(default session: Session) throws -> String { try fields.unit(default: session) }
    func year() throws -> Int { try fields.year() }
}

import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// JSON answers of the API: sorted keys so that answers compare byte for byte.
enum JSONAnswer {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// `value` as JSON with `status`.
    static func ok<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"code": code, "error": message}` with the refusal's status: the message in Chinese
    /// for people, the refusal's stable code for scripts.
    static func error(_ refusal: PortalError) -> Response {
        let body = ["code": refusal.refusal.code, "error": refusal.message]
        return (try? ok(body, status: refusal.status)) ?? Response(status: refusal.status)
    }
}

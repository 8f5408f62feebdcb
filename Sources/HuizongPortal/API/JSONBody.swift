import Foundation
import Hummingbird
import HuizongCore
import NIOCore

/// Reads an API request's JSON body into `T`, with refusals fit for the user: what does
/// not parse, a field missing or of the wrong kind (a number too large for its type, a
/// text for a number) and text with a NUL are each a 400 with a typed refusal, never a 500.
enum JSONBody {
    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: PortalContext) async throws -> T {
        let limit = context.maxUploadSize
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw PortalError.tooLarge(limit: limit)
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw PortalError.tooLarge(limit: limit)
        }
        let data = Data(buffer.readableBytesView)
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw PortalError.badRequest(.formUnreadable(problem: problem(error, body: data)))
        }
        try NulCheck.refuse(in: value)
        return value
    }

    private static func problem(_ error: DecodingError, body: Data) -> Refusal.FormProblem {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            // Foundation also reports a number that fits no Swift number here.
            return (try? JSONSerialization.jsonObject(with: body)) == nil ? .notJSON : .wrongValue(field: nil)
        case .keyNotFound(let key, let context):
            return .wrongValue(field: (context.codingPath + [key]).first?.stringValue)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return .wrongValue(field: context.codingPath.first?.stringValue)
        @unknown default: return .wrongValue(field: nil)
        }
    }
}

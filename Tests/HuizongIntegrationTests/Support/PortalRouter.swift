import Hummingbird
import Logging
import NIOEmbedded

/// The portal's router in-process: a request goes to the application's responder, through
/// its middleware, with no socket, and the whole answer comes back. This is what
/// HummingbirdTesting's `app.test(.router)` does, on Hummingbird's public API alone:
/// HummingbirdTesting links AsyncHTTPClient, NIOSSL (BoringSSL) and NIOHTTP2 for its live
/// modes, which nearly doubled a clean build of the tests.
struct PortalRouter: Sendable {
    private let respond: @Sendable (Request) async throws -> Response
    /// A context for turning a thrown `HTTPResponseError` into its answer, as the server does.
    private let context: BasicRequestContext

    /// The router of `app`, built as a server would build it.
    init<App: ApplicationProtocol>(_ app: App) async throws {
        let responder = try await app.responder
        let logger = app.logger
        context = BasicRequestContext(source: .init(channel: NIOAsyncTestingChannel(), logger: logger))
        respond = { request in
            let context = App.Context(source: .init(channel: NIOAsyncTestingChannel(), logger: logger))
            return try await responder.respond(to: request, context: context)
        }
    }

    /// One request with its body (Content-Length set from it); the answer's head and body.
    /// An error the middleware let through is answered as the server answers it: its own
    /// response when it is an `HTTPResponseError`, else a 500.
    func execute(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, body: ByteBuffer?)
        async throws -> (head: HTTPResponse, body: ByteBuffer)
    {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        return try await execute(method, path, headers: headers, body: RequestBody(buffer: body ?? ByteBuffer()))
    }

    /// One request with a body as given (a stream, say); the headers as given.
    func execute(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, body: RequestBody)
        async throws -> (head: HTTPResponse, body: ByteBuffer)
    {
        let request = Request(
            head: HTTPRequest(
                method: method, scheme: "http", authority: "localhost", path: path, headerFields: headers),
            body: body)
        let response: Response
        do {
            response = try await respond(request)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            response = Response(status: .internalServerError)
        }
        let collector = BodyCollector()
        try await response.body.write(collector)
        return (response.head, collector.buffer)
    }
}

/// Collects a response body. Unchecked: one response writes it, then it is read.
private final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        self.buffer.writeImmutableBuffer(buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

import Foundation
import Hummingbird
import Logging

/// One line per request: method, path and query, status, duration and account. Bodies
/// (passwords, files) and cookies are never logged.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let logger: Logger

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response)
        async throws -> Response
    {
        let started = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - started
            let milliseconds =
                elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            logger.info(
                "\(request.method) \(request.uri.path)\(request.uri.query.map { "?" + $0 } ?? "") \(status) \(milliseconds)ms",
                metadata: ["account": "\(context.session?.account.name ?? "-")"])
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }
}

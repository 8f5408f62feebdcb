import Hummingbird
import Logging

/// Attaches the session the request's cookie names, if it is live. When the session
/// cannot be looked up (the database is down) the request is answered here, as
/// `ErrorMiddleware` answers: this middleware runs outside it, so that the access log and
/// error pages know the session.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    static let cookieName = "huizong_session"
    let sessions: SessionStore
    let logger: Logger

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if let id = request.cookies[Self.cookieName]?.value {
            do {
                context.session = try await sessions.find(id)
            } catch {
                return ErrorMiddleware(logger: logger).answer(request, error, session: nil)
            }
        }
        return try await next(request, context)
    }
}

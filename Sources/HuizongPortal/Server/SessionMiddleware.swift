import Hummingbird

/// Attaches the session the request's cookie names, if it is live.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    static let cookieName = "huizong_session"
    let sessions: SessionStore

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if let id = request.cookies[Self.cookieName]?.value {
            context.session = await sessions.find(id)
        }
        return try await next(request, context)
    }
}

import Hummingbird

/// Refuses a query string with a NUL character (400, naming the parameter) before any
/// route reads it: PostgreSQL text cannot hold one (issue 16: it was a bare 500).
struct QueryTextMiddleware: RouterMiddleware {
    typealias Context = PortalContext

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response)
        async throws -> Response
    {
        if let field = Query(request).fieldWithNul { throw PortalError.badRequest(.textHasNul(field: field)) }
        return try await next(request, context)
    }
}

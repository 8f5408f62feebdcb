import HTTPTypes
import Hummingbird

/// Headers every answer carries: no framing, no type sniffing, no scripts from anywhere,
/// no referrer to other sites.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = PortalContext

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return response
    }
}

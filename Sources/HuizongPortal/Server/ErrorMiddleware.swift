import Foundation
import HTTPTypes
import Hummingbird
import HuizongCore
import Logging
import NIOCore
import Postgres

/// Turns every failure into an answer fit for the user: `{"code": …, "error": …}` under /api, an
/// error page elsewhere. Unexpected errors are logged and answered without their details.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = PortalContext
    let logger: Logger

    func handle(_ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            return answer(request, error, session: context.session)
        }
    }

    /// The answer to `error`: JSON under /api and for /healthz, else an error page.
    func answer(_ request: Request, _ error: any Error, session: Session?) -> Response {
        let refusal = portalError(error)
        if refusal.status == .internalServerError || refusal.status == .serviceUnavailable {
            logger.error("\(request.method) \(request.uri.path) failed", metadata: ["error": "\(error)"])
        }
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/healthz" {
            return JSONAnswer.error(refusal)
        }
        return Pages.error(refusal, session: session)
    }

    /// The user-facing refusal for `error`.
    func portalError(_ error: any Error) -> PortalError {
        switch error {
        case let error as PortalError:
            return error
        case HuizongError.usage(let refusal), HuizongError.refused(let refusal):
            return .badRequest(refusal)
        case HuizongError.locked(let refusal):
            return .conflict(refusal)
        case let error as PostgresError where Self.databaseGone(error):
            return PortalError(status: .serviceUnavailable, refusal: .databaseUnavailable)
        case let error as PostgresError where error.sqlState == "42501":
            // Row-level security refused a write the handler let through.
            return .forbidden
        case let error as PostgresError where error.sqlState == "22021":
            // A NUL in a text the checks at the door did not see (a path's part, say).
            return .badRequest(.textHasNul(field: nil))
        case let error as HTTPResponseError:
            return PortalError(status: error.status, refusal: Self.refusal(for: error.status))
        default:
            return PortalError(status: .internalServerError, refusal: .internalError)
        }
    }

    /// Whether the database is down, not the statement wrong: the link is gone, the server
    /// is shutting down or starting (SQLSTATE 57P01–57P03), or a class 08 connection fault.
    static func databaseGone(_ error: PostgresError) -> Bool {
        if error.kind == .connection { return true }
        guard let state = error.sqlState else { return false }
        return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
    }

    /// The refusal for a status Hummingbird answers on its own (no route, a body too large …).
    static func refusal(for status: HTTPResponse.Status) -> Refusal {
        switch status {
        case .notFound: return .notFound
        case .contentTooLarge: return .uploadTooLarge(limitMegabytes: nil)
        case .methodNotAllowed: return .methodNotAllowed
        default: return .requestNotProcessable(status: status.code)
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HuizongCore
import Logging
import NIOCore
import Postgres

/// Turns every failure into an answer fit for the user: `{"error": …}` under /api, an
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
            let refusal = portalError(error)
            if refusal.status == .internalServerError {
                logger.error("\(request.method) \(request.uri.path) failed", metadata: ["error": "\(error)"])
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/healthz" {
                return JSONAnswer.error(refusal)
            }
            return Pages.error(refusal, session: context.session)
        }
    }

    /// The user-facing refusal for `error`.
    func portalError(_ error: any Error) -> PortalError {
        switch error {
        case let error as PortalError:
            return error
        case HuizongError.usage(let message), HuizongError.refused(let message):
            return .badRequest(RefusalChinese.message(message))
        case HuizongError.locked(let message):
            return .conflict(RefusalChinese.message(message))
        case let error as PostgresError where error.sqlState == "42501":
            // Row-level security refused a write the handler let through.
            return .forbidden()
        case let error as HTTPResponseError:
            return PortalError(status: error.status, message: Self.message(for: error.status))
        default:
            return PortalError(status: .internalServerError, message: "服务器内部错误，请稍后再试或联系管理员。")
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: return PortalError.notFound.message
        case .contentTooLarge: return "上传内容超过大小限制。"
        case .methodNotAllowed: return "不支持此请求方法。"
        default: return "请求无法处理（\(status.code)）。"
        }
    }
}

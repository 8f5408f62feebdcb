import HTTPTypes

/// A request the portal refuses, with the status and a message fit for the user. Pages
/// show the message; the API answers `{"error": message}`.
public struct PortalError: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    public let message: String

    /// Not signed in, or the session ended (401).
    static let signInRequired = PortalError(status: .unauthorized, message: "请先登录。")
    /// Wrong name or password; deliberately the same answer for both (401).
    static let badCredentials = PortalError(status: .unauthorized, message: "用户名或密码错误。")
    /// A state-changing request without the session's CSRF token (403).
    static let csrf = PortalError(status: .forbidden, message: "请求缺少有效的 CSRF 令牌，请刷新页面后重试。")
    /// Another unit's data: answered as if it did not exist (404).
    static let notFound = PortalError(status: .notFound, message: "没有找到所请求的内容。")

    /// An action the account's role may not take (403).
    static func forbidden(_ message: String = "您的账号无权进行此操作。") -> PortalError {
        PortalError(status: .forbidden, message: message)
    }

    /// A request that is malformed or incomplete (400).
    static func badRequest(_ message: String) -> PortalError {
        PortalError(status: .badRequest, message: message)
    }

    /// A request that conflicts with the data's state (409): approving twice, say.
    static func conflict(_ message: String) -> PortalError {
        PortalError(status: .conflict, message: message)
    }

    /// A body over the upload limit (413).
    static func tooLarge(limit: Int) -> PortalError {
        PortalError(
            status: .contentTooLarge, message: "上传内容超过大小限制（\(limit / (1024 * 1024)) MB）。")
    }
}

import HTTPTypes
import HuizongCore

/// A request the portal refuses: the HTTP status and the refusal. Pages show the refusal in
/// Chinese; the API answers `{"code": code, "error": message}`.
public struct PortalError: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    public let refusal: Refusal

    /// The refusal as the portal's users read it (Chinese).
    public var message: String { refusal.message(.zh) }

    /// Not signed in, or the session ended (401).
    static let signInRequired = PortalError(status: .unauthorized, refusal: .signInRequired)
    /// Wrong name or password; deliberately the same answer for both (401).
    static let badCredentials = PortalError(status: .unauthorized, refusal: .badCredentials)
    /// A state-changing request without the session's CSRF token (403).
    static let csrf = PortalError(status: .forbidden, refusal: .csrfTokenMissing)
    /// Another unit's data: answered as if it did not exist (404).
    static let notFound = PortalError(status: .notFound, refusal: .notFound)
    /// An action the account's role may not take (403).
    static let forbidden = PortalError(status: .forbidden, refusal: .forbidden)

    /// A request that is malformed or incomplete (400).
    static func badRequest(_ refusal: Refusal) -> PortalError {
        PortalError(status: .badRequest, refusal: refusal)
    }

    /// A request that conflicts with the data's state (409): approving twice, say.
    static func conflict(_ refusal: Refusal) -> PortalError {
        PortalError(status: .conflict, refusal: refusal)
    }

    /// A body over the limit of `limit` bytes (413); the limit is named when it is in MiB.
    static func tooLarge(limit: Int) -> PortalError {
        let megabytes = limit >= 1024 * 1024 ? limit / (1024 * 1024) : nil
        return PortalError(status: .contentTooLarge, refusal: .uploadTooLarge(limitMegabytes: megabytes))
    }
}

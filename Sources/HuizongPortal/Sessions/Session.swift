import Foundation
import HuizongCore

/// A signed-in browser or script: who it is and the token its state-changing requests
/// must carry.
public struct Session: Sendable {
    /// The cookie's value: 32 random bytes, base64url.
    public let id: String
    public let account: AccountStore.Account
    /// The CSRF token: `X-CSRF-Token` for the API, the hidden `csrf` field for forms.
    public let csrf: String
    var lastSeen: Date
    let created: Date
}

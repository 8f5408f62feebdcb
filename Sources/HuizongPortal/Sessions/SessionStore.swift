import Foundation
import HuizongCore

/// Signed-in sessions, in PostgreSQL (`portal.session`, through the portal's pool, as the
/// owner): a restart of `huizong serve` keeps everyone signed in, several processes on
/// one database share them, and sign-out and expiry hold in all of them at once.
public struct SessionStore: Sendable {
    let database: PortalDatabase
    /// A session unused this long ends.
    let idleTimeout: TimeInterval
    /// And any session ends this long after sign-in.
    let absoluteTimeout: TimeInterval

    /// A store in `database` with the given timeouts (default: 2 hours idle, 12 hours in all).
    public init(
        database: PortalDatabase, idleTimeout: TimeInterval = 2 * 3600, absoluteTimeout: TimeInterval = 12 * 3600
    ) {
        self.database = database
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    /// Starts a session for `account`.
    func start(_ account: AccountStore.Account) async throws -> Session {
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        let (idle, absolute) = (Int(idleTimeout), Int(absoluteTimeout))
        try await database.asOwner { connection in
            try SessionTable(connection: connection).start(
                token: token, account: account.name, csrf: csrf, idleSeconds: idle, absoluteSeconds: absolute)
        }
        let now = Date()
        return Session(id: token, account: account, csrf: csrf, lastSeen: now, created: now)
    }

    /// The live session with this id, marked as seen.
    func find(_ id: String) async throws -> Session? {
        // Only a token of the shape `randomToken` makes is looked up.
        guard id.utf8.count == 43, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) })
        else { return nil }
        let idle = Int(idleTimeout)
        let record = try await database.asOwner { connection in
            try SessionTable(connection: connection).find(token: id, idleSeconds: idle)
        }
        return record.map {
            Session(id: id, account: $0.account, csrf: $0.csrf, lastSeen: $0.lastSeen, created: $0.created)
        }
    }

    /// Ends a session (sign-out).
    func end(_ id: String) async throws {
        try await database.asOwner { try SessionTable(connection: $0).end(token: id) }
    }

    /// 32 bytes from the system's random source, base64url without padding.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

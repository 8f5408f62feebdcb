import Foundation
import HuizongCore

/// Signed-in sessions, in memory: a restart signs everyone out, which for a portal used
/// by a few hundred accountants a year is the safe default.
public actor SessionStore {
    /// A session unused this long ends.
    let idleTimeout: TimeInterval
    /// And any session ends this long after sign-in.
    let absoluteTimeout: TimeInterval
    private var sessions: [String: Session] = [:]

    /// A store with the given timeouts (default: 2 hours idle, 12 hours in all).
    public init(idleTimeout: TimeInterval = 2 * 3600, absoluteTimeout: TimeInterval = 12 * 3600) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    /// Starts a session for `account`.
    func start(_ account: AccountStore.Account, now: Date = Date()) -> Session {
        expire(now: now)
        let session = Session(
            id: Self.randomToken(), account: account, csrf: Self.randomToken(), lastSeen: now, created: now)
        sessions[session.id] = session
        return session
    }

    /// The live session with this id, marked as seen.
    func find(_ id: String, now: Date = Date()) -> Session? {
        guard var session = sessions[id] else { return nil }
        guard isLive(session, now: now) else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = now
        sessions[id] = session
        return session
    }

    /// Ends a session (sign-out).
    func end(_ id: String) {
        sessions[id] = nil
    }

    private func isLive(_ session: Session, now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeen) < idleTimeout
            && now.timeIntervalSince(session.created) < absoluteTimeout
    }

    private func expire(now: Date) {
        sessions = sessions.filter { isLive($0.value, now: now) }
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

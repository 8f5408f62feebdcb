import Foundation
import Postgres

/// Signed-in sessions in `portal.session` (migration 0012): the portal's through its pool,
/// run as the owner. A session is found by the SHA-256 of its token, computed by
/// PostgreSQL from the bound token; the token itself is never stored.
public struct SessionTable {
    /// A live session as stored.
    public struct Record: Sendable {
        public let account: AccountStore.Account
        public let csrf: String
        public let created: Date
        public let lastSeen: Date
    }

    let connection: Connection

    /// The sessions of the database `connection` is open on.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// Stores a new session for `account` ending `absoluteSeconds` from now at the latest,
    /// after clearing the sessions that have ended (idle `idleSeconds` or past their end).
    public func start(token: String, account: String, csrf: String, idleSeconds: Int, absoluteSeconds: Int) throws {
        try connection.execute(
            """
            delete from portal.session
            where expires_at <= now() or last_seen <= now() - make_interval(secs => \(Int32(idleSeconds)))
            """)
        try connection.execute(
            """
            insert into portal.session (token_hash, account, csrf, expires_at)
            values (sha256(convert_to(\(token), 'UTF8')), \(account), \(csrf),
                    now() + make_interval(secs => \(Int32(absoluteSeconds))))
            """)
    }

    /// The live session of `token`, marked as seen now; nil when there is none or it has
    /// ended (unused for `idleSeconds`, or past its end).
    public func find(token: String, idleSeconds: Int) throws -> Record? {
        guard
            let row = try connection.execute(
                """
                update portal.session s set last_seen = now()
                from portal.account a
                where s.token_hash = sha256(convert_to(\(token), 'UTF8')) and a.name = s.account
                  and s.expires_at > now() and s.last_seen > now() - make_interval(secs => \(Int32(idleSeconds)))
                returning a.name, a.role, a.unit_code, s.csrf,
                          extract(epoch from s.created_at)::float8::text as created,
                          extract(epoch from s.last_seen)::float8::text as seen
                """
            ).first
        else { return nil }
        return Record(
            account: try AccountStore.Account(row), csrf: try row.decode(String.self, "csrf"),
            created: Date(timeIntervalSince1970: Double(try row.decode(String.self, "created")) ?? 0),
            lastSeen: Date(timeIntervalSince1970: Double(try row.decode(String.self, "seen")) ?? 0))
    }

    /// Ends the session of `token` (sign-out), in every process at once.
    public func end(token: String) throws {
        try connection.execute("delete from portal.session where token_hash = sha256(convert_to(\(token), 'UTF8'))")
    }
}

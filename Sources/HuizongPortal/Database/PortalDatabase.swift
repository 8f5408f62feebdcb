import HuizongCore
import Postgres

/// The portal's way into the database. Requests run as role `huizong_portal` with the
/// setting `huizong.account` naming the signed-in account, so row-level security limits
/// every statement to that account's units whatever a handler asks for. Three things run
/// as the owner, each after the handler has checked the account may act: sign-in (accounts
/// are not readable by the role), the consolidation run (it writes the department's
/// results), and intake (PostgreSQL refuses COPY FROM into a table with row-level security).
public struct PortalDatabase: Sendable {
    let pool: DatabasePool

    /// The database behind `pool`.
    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Runs `body` as `account` under row-level security.
    func asAccount<T: Sendable>(_ account: String, _ body: @escaping @Sendable (Connection) throws -> T) async throws
        -> T
    {
        try await run(underRowSecurity: true, account: account, body)
    }

    /// Runs `body` as the database owner, outside row-level security.
    func asOwner<T: Sendable>(_ body: @escaping @Sendable (Connection) throws -> T) async throws -> T {
        try await run(underRowSecurity: false, account: nil, body)
    }

    /// Runs `body` as the owner with `huizong.account` naming `account`, so that what it
    /// writes is recorded under the account's name (the upload's `uploaded_by`).
    func asOwner<T: Sendable>(actingFor account: String, _ body: @escaping @Sendable (Connection) throws -> T)
        async throws -> T
    {
        try await run(underRowSecurity: false, account: account, body)
    }

    /// Throws unless the database answers a trivial query as the owner (`/healthz`).
    func ping() async throws {
        try await asOwner { connection in _ = try connection.execute("select 1") }
    }

    /// Session-level settings (not `set local`): intake and reviews open transactions of
    /// their own, and transactions do not nest. `reset` undoes them before the connection
    /// is lent again.
    private func run<T: Sendable>(
        underRowSecurity: Bool, account: String?, _ body: @escaping @Sendable (Connection) throws -> T
    ) async throws -> T {
        try await pool.use(
            { connection in
                if underRowSecurity { try connection.execute("set role huizong_portal") }
                if let account {
                    try connection.execute("select set_config('huizong.account', \(account), false)")
                }
                return try body(connection)
            },
            reset: Self.reset)
    }

    /// Leaves a connection as the pool lent it: no transaction, the owner's role, no account.
    @Sendable private static func reset(_ connection: Connection) throws {
        if !connection.isHealthy { _ = try? connection.execute("rollback") }
        try connection.execute("reset role")
        try connection.execute("reset huizong.account")
    }
}

import HummingbirdBcrypt
import Postgres

/// Portal accounts: who may sign in, with which role, for which unit; passwords kept as
/// bcrypt hashes, and an account locked for a while after repeated wrong passwords.
public struct AccountStore {
    /// What an account may do: an accountant its unit, the office every unit under its
    /// node, an admin everything.
    public enum Role: String, CaseIterable, Sendable {
        case accountant, office, admin
    }

    /// One account, without its password hash.
    public struct Account: Sendable, Equatable {
        public var name: String
        public var role: Role
        public var unitCode: String?

        /// An account of `role`, for `unitCode` (nil for an admin).
        public init(name: String, role: Role, unitCode: String?) {
            self.name = name
            self.role = role
            self.unitCode = unitCode
        }

        /// The account in a row of `portal.account`.
        init(_ row: Row) throws {
            self.init(
                name: try row.decode(String.self, "name"),
                role: Role(rawValue: try row.decode(String.self, "role")) ?? .accountant,
                unitCode: try row.decode(String?.self, "unit_code"))
        }
    }

    /// What a sign-in attempt came to.
    public enum SignIn: Sendable, Equatable {
        case signedIn(Account)
        /// Unknown name or wrong password: the two are not told apart.
        case refused
        /// Too many wrong passwords; `until` is when the lock ends (ISO 8601, UTC).
        case locked(until: String)
    }

    /// Wrong passwords in a row before the account is locked, and for how long.
    public static let maxFailures = 5
    public static let lockMinutes = 15
    /// bcrypt's work factor: about a quarter of a second per hash on this machine.
    static let cost: UInt8 = 12
    static let minimumPasswordLength = 8
    /// bcrypt reads at most 72 bytes and stops at a NUL: a longer password, or one with a
    /// NUL, would sign in with less than was typed (issue 16).
    static let maximumPasswordBytes = 72

    /// Whether bcrypt reads all of `password`.
    static func bcryptReadsAll(_ password: String) -> Bool {
        password.utf8.count <= maximumPasswordBytes && !password.utf8.contains(0)
    }

    let connection: Connection

    /// The accounts of the database `connection` is open on.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// Creates an account. Accountants and the office need a registered unit; admins have none.
    /// `actor` is who is recorded in the audit log as having added it.
    public func add(name: String, role: Role, unit: String?, password: String, actor: String = "cli") throws {
        guard role == .admin || unit != nil else {
            throw HuizongError.usage(.roleNeedsUnit(role: role))
        }
        if let unit, try UnitRegistry(connection: connection).find(unit) == nil {
            throw HuizongError.usage(.unknownUnit(code: unit))
        }
        guard password.count >= Self.minimumPasswordLength else {
            throw HuizongError.usage(.passwordTooShort(minimum: Self.minimumPasswordLength))
        }
        guard Self.bcryptReadsAll(password) else {
            throw HuizongError.usage(.passwordNotAllowed(maximumBytes: Self.maximumPasswordBytes))
        }
        guard try connection.execute("select 1 from portal.account where name = \(name)").first == nil else {
            throw HuizongError.usage(.accountExists(name: name))
        }
        let hash = Bcrypt.hash(password, cost: Self.cost)
        try connection.execute(
            "insert into portal.account (name, role, unit_code, password_hash) values (\(name), \(role.rawValue), \(unit), \(hash))"
        )
        try AuditLog(connection: connection).record(
            actor: actor, action: "account.add", unit: unit, detail: "\(name) (\(role.rawValue))")
    }

    /// Every account, by name.
    public func list() throws -> [Account] {
        try connection.execute("select name, role, unit_code from portal.account order by name").map(Account.init)
    }

    /// An account with its stored hash, as `credentials(_:)` reads it for a sign-in.
    public struct Credentials: Sendable {
        public let account: Account
        let hash: String
    }

    /// Checks a password, counting failures and locking the account after `maxFailures`:
    /// `credentials`, `verify` and `record` on one connection (the CLI and the tests). The
    /// portal calls the three itself, so that no pooled connection waits on bcrypt.
    public func signIn(name: String, password: String) throws -> SignIn {
        let credentials = try credentials(name)
        return try record(name, credentials, matched: Self.verify(password, credentials))
    }

    /// The account `name` and its hash, nil when there is none.
    public func credentials(_ name: String) throws -> Credentials? {
        guard
            let row = try connection.execute(
                "select name, role, unit_code, password_hash from portal.account where name = \(name)"
            ).first
        else { return nil }
        return Credentials(account: try Account(row), hash: try row.decode(String.self, "password_hash"))
    }

    /// Whether `password` is the account's: one bcrypt, against a decoy hash of the same
    /// cost when there is no such account, so that an unknown name, a locked account and an
    /// open one cost the same time. No database: the caller holds no connection meanwhile.
    public static func verify(_ password: String, _ credentials: Credentials?) -> Bool {
        guard let credentials else {
            _ = Bcrypt.verify(password, hash: decoy)
            return false
        }
        return Bcrypt.verify(password, hash: credentials.hash) && bcryptReadsAll(password)
    }

    /// Records a verified attempt. The lock is looked at only now, after bcrypt. Clearing
    /// the failures on success and counting a failure are single statements on the
    /// account's row: a success only counts when no lock is in force at that moment, and a
    /// failure never lifts a lock another request has set (issue 16: 92 failures sent in
    /// parallel used to leave the account open).
    public func record(_ name: String, _ credentials: Credentials?, matched: Bool) throws -> SignIn {
        guard let credentials else { return .refused }
        guard matched else { return try recordFailure(name) }
        let cleared = try connection.execute(
            """
            update portal.account set failed_logins = 0
            where name = \(name) and (locked_until is null or locked_until <= now())
            returning name
            """)
        guard cleared.first != nil else { return .locked(until: try lockedUntil(name) ?? "") }
        return .signedIn(credentials.account)
    }

    private func recordFailure(_ name: String) throws -> SignIn {
        let result = try connection.execute(
            """
            update portal.account
            set failed_logins = case when failed_logins + 1 >= \(Self.maxFailures) then 0 else failed_logins + 1 end,
                locked_until = case when failed_logins + 1 >= \(Self.maxFailures)
                                    then now() + make_interval(mins => \(Int32(Self.lockMinutes)))
                                    else locked_until end
            where name = \(name)
            returning case when locked_until > now()
                           then to_char(locked_until at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') end
                      as locked_until
            """)
        try AuditLog(connection: connection).record(actor: name, action: "login.failed", unit: nil, detail: nil)
        if let until = try result.first?.decode(String?.self, "locked_until") { return .locked(until: until) }
        return .refused
    }

    /// When the account's lock ends, if one is in force.
    private func lockedUntil(_ name: String) throws -> String? {
        try connection.execute(
            """
            select to_char(locked_until at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as locked_until
            from portal.account where name = \(name) and locked_until > now()
            """
        ).first?.decode(String?.self, "locked_until")
    }

    /// A hash of no one's password.
    static let decoy = Bcrypt.hash("huizong-decoy-password", cost: cost)
}

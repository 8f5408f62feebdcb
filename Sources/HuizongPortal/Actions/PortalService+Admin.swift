import HuizongCore
import Postgres

/// The admin's part: accounts and the unit tree, so that a department is set up without
/// the command line. Admin only; both run as the owner (the portal's role may neither read
/// accounts nor write the registry), and each change is in the audit log under the admin.
extension PortalService {
    /// Every account, by name.
    func accounts(_ session: Session) async throws -> [AccountStore.Account] {
        try requireRole(session, [.admin])
        return try await database.asOwner { try AccountStore(connection: $0).list() }
    }

    /// Adds an account (the password is hashed with bcrypt, as `huizong user add` does).
    func addAccount(_ session: Session, name: String, role: AccountStore.Role, unit: String?, password: String)
        async throws
    {
        try requireRole(session, [.admin])
        guard name.wholeMatch(of: /[A-Za-z0-9_.@-]{1,64}/) != nil else {
            throw PortalError.badRequest(.accountNameNotAllowed)
        }
        let actor = session.account.name
        try await database.asOwner { connection in
            try connection.transaction {
                try AccountStore(connection: connection).add(
                    name: name, role: role, unit: unit, password: password, actor: actor)
            }
        }
    }

    /// The whole unit tree, depth first.
    func units(_ session: Session) async throws -> [UnitRegistry.Entry] {
        try requireRole(session, [.admin])
        return try await database.asAccount(session.account.name) { connection in
            var entries: [UnitRegistry.Entry] = []
            try UnitRegistry(connection: connection).list(under: nil) { entries.append($0) }
            return entries
        }
    }

    /// Registers a unit under `parent` (a department when nil).
    func addUnit(_ session: Session, code: String, name: String, parent: String?) async throws {
        try requireRole(session, [.admin])
        let actor = session.account.name
        try await database.asOwner { connection in
            try connection.transaction {
                try UnitRegistry(connection: connection).add(code: code, name: name, parent: parent)
                try AuditLog(connection: connection).record(
                    actor: actor, action: "unit.add", unit: code, detail: "\(name) under \(parent ?? "(root)")")
            }
        }
    }
}

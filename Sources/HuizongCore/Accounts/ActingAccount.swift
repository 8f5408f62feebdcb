import Postgres

/// The account an action is done as, inside the action's transaction. On the owner's
/// connection (the command line) the account is signed in for the transaction; on the
/// portal's (role `huizong_portal`, `huizong.account` set) it must be the signed-in one.
struct ActingAccount {
    let connection: Connection

    /// Signs `actor` in (or checks it is the signed-in account) and returns its role; a role
    /// outside `roles` is refused with `refusal(role)`.
    @discardableResult
    func signIn(
        _ actor: String, roles: Set<AccountStore.Role>, refusal: (AccountStore.Role) -> Refusal
    ) throws -> AccountStore.Role {
        let account =
            try connection.execute("select current_setting('huizong.account', true) as account")
            .first?["account"] ?? ""
        if account.isEmpty {
            try connection.execute("select set_config('huizong.account', \(actor), true)")
        } else if account != actor {
            throw HuizongError.usage(.notSignedInAccount(actor: actor, account: account))
        }
        guard
            let role = try connection.execute("select portal.my_role() as role").first?["role"]
                .flatMap(AccountStore.Role.init(rawValue:))
        else {
            throw HuizongError.usage(.unknownAccount(name: actor))
        }
        guard roles.contains(role) else { throw HuizongError.usage(refusal(role)) }
        return role
    }

    /// Refuses a unit outside the actor's units (the portal's row-level security hides such
    /// a unit before this is reached; the command line may name any account).
    func checkScope(_ unit: String, actor: String) throws {
        let visible = try connection.execute(
            "select exists (select 1 from portal.visible_units() v where v = \(unit)) as visible"
        ).first?.decode(Bool.self, "visible")
        guard visible == true else {
            throw HuizongError.usage(.outsideAccountUnits(unit: unit, account: actor))
        }
    }
}

import Hummingbird
import HuizongCore

extension Pages {
    /// The admin's page: the unit tree and the accounts, each with a form to add one.
    static func admin(units: [UnitRegistry.Entry], accounts: [AccountStore.Account], session: Session) -> Response {
        let content = AdminPage(
            units: units.map { unit in
                AdminPage.Unit(
                    code: unit.code, name: String(repeating: "　", count: unit.depth) + unit.name,
                    parent: unit.parentCode ?? "")
            },
            accounts: accounts.map { account in
                AdminPage.Account(name: account.name, role: roleName(account.role), unit: account.unitCode ?? "")
            },
            roles: AccountStore.Role.allCases.map { AdminPage.Role(value: $0.rawValue, label: roleName($0)) })
        return page("admin", title: "用户与单位", session: session, content)
    }
}

/// `admin.mustache`.
struct AdminPage {
    let units: [Unit]
    let accounts: [Account]
    /// The options of the new account's role.
    let roles: [Role]

    struct Unit {
        let code: String
        /// Indented by depth.
        let name: String
        let parent: String
    }

    struct Account {
        let name: String
        let role: String
        let unit: String
    }

    struct Role {
        let value: String
        let label: String
    }
}

import Hummingbird
import HuizongCore

extension Pages {
    /// The admin's page: the unit tree and the accounts, each with a form to add one.
    static func admin(units: [UnitRegistry.Entry], accounts: [AccountStore.Account], session: Session) -> Response {
        let unitRows = units.map { unit in
            row([
                htmlEscaped(unit.code), htmlEscaped(String(repeating: "　", count: unit.depth) + unit.name),
                htmlEscaped(unit.parentCode ?? ""),
            ])
        }
        let accountRows = accounts.map { account in
            row([htmlEscaped(account.name), roleName(account.role), htmlEscaped(account.unitCode ?? "")])
        }
        let roles = AccountStore.Role.allCases.map { "<option value=\"\($0.rawValue)\">\(roleName($0))</option>" }
            .joined()
        let body = """
            <h2>单位</h2>
            \(table(id: "units", ["代码", "名称", "上级"], unitRows))
            <form id="add-unit" class="block" method="post" action="/admin/units">\(csrfField(session))
            <label>代码 <input name="code" required></label><label>名称 <input name="name" required></label>
            <label>上级代码（部门留空） <input name="parent"></label>
            <button id="add-unit-submit" type="submit">添加单位</button></form>
            <h2>账号</h2>
            \(table(id: "accounts", ["用户名", "角色", "单位"], accountRows))
            <form id="add-account" class="block" method="post" action="/admin/accounts">\(csrfField(session))
            <label>用户名 <input name="name" required></label>
            <label>角色 <select name="role">\(roles)</select></label>
            <label>单位（管理员留空） <input name="unit"></label>
            <label>初始密码（至少 8 位） <input name="password" type="password" autocomplete="new-password" required></label>
            <button id="add-account-submit" type="submit">添加账号</button></form>
            """
        return page("用户与单位", session: session, body)
    }
}

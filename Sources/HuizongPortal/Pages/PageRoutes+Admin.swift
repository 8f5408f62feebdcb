import Hummingbird
import HuizongCore

/// The admin's page and its two forms.
extension PageRoutes {
    func addAdmin(to router: Router<PortalContext>) {
        router.get("admin", use: admin)
        router.post("admin/units", use: addUnit)
        router.post("admin/accounts", use: addAccount)
    }

    @Sendable func admin(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let units = try await service.units(session)
        let accounts = try await service.accounts(session)
        return Pages.admin(units: units, accounts: accounts, session: session)
    }

    @Sendable func addUnit(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.AddUnit.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        try await service.addUnit(
            session, code: form.code ?? "", name: form.name ?? "", parent: form.parent.flatMap { $0.isEmpty ? nil : $0 }
        )
        return Pages.redirect("/admin")
    }

    @Sendable func addAccount(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.AddAccount.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        guard let role = form.role.flatMap(AccountStore.Role.init(rawValue:)) else {
            throw PortalError.badRequest(.unknownRole)
        }
        try await service.addAccount(
            session, name: form.name ?? "", role: role, unit: form.unit.flatMap { $0.isEmpty ? nil : $0 },
            password: form.password ?? "")
        return Pages.redirect("/admin")
    }
}

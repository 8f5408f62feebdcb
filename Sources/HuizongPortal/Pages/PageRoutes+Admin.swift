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
        let form = try await Self.form(request, uploads)
        let session = try context.requireSession(csrf: form.field("csrf"))
        try await service.addUnit(
            session, code: form.field("code") ?? "", name: form.field("name") ?? "",
            parent: form.field("parent").flatMap { $0.isEmpty ? nil : $0 })
        return Pages.redirect("/admin")
    }

    @Sendable func addAccount(_ request: Request, context: PortalContext) async throws -> Response {
        let form = try await Self.form(request, uploads)
        let session = try context.requireSession(csrf: form.field("csrf"))
        guard let role = form.field("role").flatMap(AccountStore.Role.init(rawValue:)) else {
            throw PortalError.badRequest(.unknownRole)
        }
        try await service.addAccount(
            session, name: form.field("name") ?? "", role: role,
            unit: form.field("unit").flatMap { $0.isEmpty ? nil : $0 }, password: form.field("password") ?? "")
        return Pages.redirect("/admin")
    }
}

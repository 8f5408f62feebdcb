import Hummingbird
import HuizongCore

/// The office's pages: status, history, review actions and the audit log.
extension PageRoutes {
    func addReview(to router: Router<PortalContext>) {
        router.get("history", use: history)
        router.get("status", use: status)
        router.get("audit", use: audit)
        router.post("submissions/:id/approve") { request, context in
            try await review(request, context, .approve)
        }
        router.post("submissions/:id/return") { request, context in
            try await review(request, context, .return)
        }
        router.post("unlock", use: unlock)
    }

    @Sendable func history(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let query = Query(request)
        let unit = try query.unit(default: session)
        let year = try query["year"].map { _ in try query.year() }
        let records = try await service.submissions(session, unit: unit, year: year)
        return Pages.history(records, unit: unit, session: session)
    }

    @Sendable func status(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let query = Query(request)
        let node = try query.unit(default: session)
        let year = try query["year"].map { _ in try query.year() }
        return Pages.status(try await service.statusView(session, node: node, year: year), node: node, session: session)
    }

    @Sendable func audit(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let node = try Query(request).unit(default: session)
        return Pages.audit(try await service.audit(session, node: node), node: node, session: session)
    }

    func review(_ request: Request, _ context: PortalContext, _ action: ReviewAction) async throws -> Response {
        let form = try await Self.form(request, uploads)
        let session = try context.requireSession(csrf: form.field("csrf"))
        let id = try APIRoutes.id(context)
        _ = try await service.review(session, id: id, action: action, comment: form.field("comment"))
        return Pages.redirect("/submissions/\(id)")
    }

    @Sendable func unlock(_ request: Request, context: PortalContext) async throws -> Response {
        let form = try await Self.form(request, uploads)
        let session = try context.requireSession(csrf: form.field("csrf"))
        let query = Query(["unit": form.field("unit") ?? "", "year": form.field("year") ?? ""])
        let unit = try query.unit(default: session)
        let year = try query.year()
        _ = try await service.unlock(session, unit: unit, year: year, comment: form.field("comment") ?? "")
        return Pages.redirect("/status?unit=\(unit)&year=\(year)")
    }
}

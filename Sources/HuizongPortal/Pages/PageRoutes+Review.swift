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
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.Review.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        let id = try APIRoutes.id(context)
        _ = try await service.review(session, id: id, action: action, comment: form.comment)
        return Pages.redirect(PageURL.path("submissions", String(id)))
    }

    @Sendable func unlock(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.UnitYear.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        let unit = try form.query.unit(default: session)
        let year = try form.query.year()
        _ = try await service.unlock(session, unit: unit, year: year, comment: form.comment ?? "")
        return Pages.redirect(PageURL.path("status", query: ["unit": unit, "year": String(year)]))
    }
}

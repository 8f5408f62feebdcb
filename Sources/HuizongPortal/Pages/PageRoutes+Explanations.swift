import Hummingbird
import HuizongCore

/// The forms of 审核说明 on the submission page: the accountant's `form.explain` and the
/// office's `form.decide`; each ends in a redirect back to the submission.
extension PageRoutes {
    func addExplanations(to router: Router<PortalContext>) {
        router.post("submissions/:id/explanations", use: explain)
        router.post("submissions/:id/explanations/:finding/decision", use: decide)
    }

    /// `finding`, `text` and, when the text was prefilled from an earlier explanation, `offer`:
    /// the offered text unchanged confirms it.
    @Sendable func explain(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.Explain.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        let id = try APIRoutes.id(context)
        _ = try await service.explain(
            session, id: id, finding: form.finding ?? "",
            .form(text: form.text ?? "", offer: form.offer.flatMap { Int64($0) }))
        return Pages.redirect(PageURL.path("submissions", String(id)))
    }

    /// `decision` (accepted or rejected) and `comment`.
    @Sendable func decide(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.Decide.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        let id = try APIRoutes.id(context)
        _ = try await service.decide(
            session, id: id, finding: try APIRoutes.finding(context), verdict: try APIRoutes.verdict(form.decision),
            comment: form.comment)
        return Pages.redirect(PageURL.path("submissions", String(id)))
    }
}

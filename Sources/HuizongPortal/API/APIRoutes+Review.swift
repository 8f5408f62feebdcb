import Hummingbird
import HuizongCore

/// The API's history, review and audit endpoints.
extension APIRoutes {
    func addReview(to api: RouterGroup<PortalContext>) {
        api.get("submissions", use: submissions)
        api.post("submissions/:id/approve") { request, context in
            try await review(request, context, .approve)
        }
        api.post("submissions/:id/return") { request, context in
            try await review(request, context, .return)
        }
        api.post("unlock", use: unlock)
        api.get("audit", use: audit)
    }

    @Sendable func submissions(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let query = Query(request)
        let year = try query["year"].map { _ in try query.year() }
        let records = try await service.submissions(session, unit: try query.unit(default: session), year: year)
        return try JSONAnswer.ok(records.map(APIModels.RecordJSON.init))
    }

    func review(_ request: Request, _ context: PortalContext, _ action: ReviewAction) async throws -> Response {
        let session = try context.requireSession(csrf: request.headers[.csrfToken])
        let body = try await JSONBody.decode(APIModels.Comment.self, request, context)
        let record = try await service.review(session, id: try Self.id(context), action: action, comment: body.comment)
        return try JSONAnswer.ok(APIModels.RecordJSON(record))
    }

    @Sendable func unlock(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession(csrf: request.headers[.csrfToken])
        let body = try await JSONBody.decode(APIModels.Unlock.self, request, context)
        let record = try await service.unlock(
            session, unit: body.unit, year: try Query.year(body.year), comment: body.comment)
        return try JSONAnswer.ok(APIModels.RecordJSON(record))
    }

    @Sendable func audit(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let entries = try await service.audit(session, node: try Query(request).unit(default: session))
        return try JSONAnswer.ok(entries.map(APIModels.AuditJSON.init))
    }
}

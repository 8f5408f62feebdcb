import HTTPTypes
import Hummingbird
import HuizongCore
import NIOCore

/// The JSON API of spec/portal-api.md, on the same `PortalService` as the pages.
struct APIRoutes {
    let service: PortalService
    let cookies: SessionCookies
    let uploads: UploadReader

    func add(to router: Router<PortalContext>) {
        let api = router.group("api")
        api.post("login", use: login)
        api.post("logout", use: logout)
        api.post("submissions", use: upload)
        api.get("submissions/:id", use: submission)
        api.get("submissions/:id/raw", use: raw)
        api.get("status", use: status)
        api.post("runs", use: run)
        api.get("runs/:id", use: runStatus)
        api.get("exports/base-data") { request, context in
            try await export(request, context, table: .baseData)
        }
        api.get("exports/totals") { request, context in
            let by = try Query(request).require(
                "by", TotalsTable.Dimension.init(rawValue:), TotalsTable.Dimension.allCases.map(\.rawValue))
            return try await export(request, context, table: .totals(by))
        }
        addReview(to: api)
        addExplanations(to: api)
        addReport(to: api)
        router.get("healthz", use: health)
    }

    @Sendable func login(_ request: Request, context: PortalContext) async throws -> Response {
        try OriginCheck.require(request)
        let body = try await JSONBody.decode(APIModels.Login.self, request, context)
        let session = try await service.signIn(name: body.user, password: body.password)
        var response = try JSONAnswer.ok(
            APIModels.SignedIn(
                user: session.account.name, role: session.account.role.rawValue, unit: session.account.unitCode,
                csrf: session.csrf))
        cookies.set(session, on: &response)
        return response
    }

    @Sendable func logout(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession(csrf: request.headers[.csrfToken])
        try await service.signOut(session)
        var response = Response(status: .noContent)
        cookies.clear(on: &response)
        return response
    }

    @Sendable func upload(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession(csrf: request.headers[.csrfToken])
        let form = try await uploads.read(request)
        let detail = try await service.upload(
            session, unit: try form.unit(default: session), year: try form.year(), fileName: form.fileName,
            bytes: form.bytes)
        return try JSONAnswer.ok(APIModels.SubmissionJSON(detail))
    }

    @Sendable func submission(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let detail = try await service.submission(session, id: try Self.id(context))
        return try JSONAnswer.ok(APIModels.SubmissionJSON(detail))
    }

    @Sendable func raw(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let raw = try await service.raw(session, id: try Self.id(context))
        return Download.response(raw.bytes, fileName: raw.fileName, contentType: "application/octet-stream")
    }

    @Sendable func status(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let query = Query(request)
        let node = try query.unit(default: session)
        let year = try query.year()
        let status = try await service.statusView(session, node: node, year: year)
        return try JSONAnswer.ok(
            APIModels.StatusJSON(
                unit: node, year: year, units: status.entries.map(APIModels.UnitStatusJSON.init),
                in_force: status.inForce))
    }

    @Sendable func run(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession(csrf: request.headers[.csrfToken])
        let body = try await JSONBody.decode(APIModels.RunRequest.self, request, context)
        let answer = try await service.run(session, node: body.unit, year: try Query.year(body.year))
        // 202: the run is recorded and going (or already was); 200 only for a refusal
        // naming no run, as before runs became jobs.
        return try JSONAnswer.ok(answer, status: answer.run == nil ? .ok : .accepted)
    }

    @Sendable func runStatus(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        return try JSONAnswer.ok(try await service.runAnswer(session, id: try Self.id(context)))
    }

    func export(_ request: Request, _ context: PortalContext, table: ExportRequest.Table) async throws -> Response {
        let session = try context.requireSession()
        let query = Query(request)
        let export = ExportRequest(
            table: table, node: try query.unit(default: session), year: try query.year(),
            format: try query.optional("format", ExportFormat.init(rawValue:), ExportFormat.allCases.map(\.rawValue))
                ?? .json)
        let bytes = try await service.export(session, export)
        return Download.response(bytes, fileName: export.fileName, contentType: export.format.contentType)
    }

    @Sendable func health(_ request: Request, context: PortalContext) async throws -> Response {
        try await service.ping()
        return try JSONAnswer.ok(["status": "ok"])
    }

    /// The `:id` path parameter as a submission id (404 when it is not a number).
    static func id(_ context: PortalContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PortalError.notFound }
        return id
    }
}

extension HTTPField.Name {
    /// The header state-changing API requests carry the login answer's token in.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}

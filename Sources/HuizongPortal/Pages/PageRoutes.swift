import Foundation
import Hummingbird
import HuizongCore

/// The Chinese pages, on the same `PortalService` as the API. Forms carry the session's
/// CSRF token in a hidden field and end in a redirect.
struct PageRoutes {
    let service: PortalService
    let cookies: SessionCookies
    let uploads: UploadReader

    func add(to router: Router<PortalContext>) {
        // The templates are read now, at the server's start, not by the first page served.
        _ = PageTemplates.library
        router.get("login") { _, context in
            context.session == nil ? Pages.login() : Pages.redirect("/")
        }
        router.post("login", use: login)
        router.post("logout", use: logout)
        router.get("/", use: home)
        router.post("submissions", use: upload)
        router.get("submissions/:id", use: submission)
        router.get("runs/:id", use: runPage)
        router.post("runs", use: run)
        router.get("base-data", use: baseData)
        router.get("totals", use: totals)
        router.get("template", use: template)
        addReview(to: router)
        addExplanations(to: router)
        addAdmin(to: router)
        addFigures(to: router)
        addReport(to: router)
    }

    @Sendable func login(_ request: Request, context: PortalContext) async throws -> Response {
        try OriginCheck.require(request)
        let form = try await Self.form(PageForms.Login.self, request)
        do {
            let session = try await service.signIn(name: form.user ?? "", password: form.password ?? "")
            var response = Pages.redirect("/")
            cookies.set(session, on: &response)
            return response
        } catch let refusal as PortalError {
            return Pages.login(refusal)
        }
    }

    @Sendable func logout(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.Token.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        try await service.signOut(session)
        var response = Pages.redirect("/login")
        cookies.clear(on: &response)
        return response
    }

    @Sendable func home(_ request: Request, context: PortalContext) async throws -> Response {
        guard let session = context.session else { return Pages.redirect("/login") }
        if session.account.role == .admin { return Pages.redirect("/admin") }
        if session.account.role != .accountant {
            // The office starts on its node's status for the newest year with submissions.
            guard let node = session.account.unitCode else { return Pages.redirect("/status") }
            let year = try await service.newestYear(session, node: node)
            return Pages.redirect(PageURL.path("status", query: ["unit": node, "year": String(year)]))
        }
        return Pages.upload(session: session, year: Self.defaultYear())
    }

    @Sendable func upload(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await uploads.read(request)
        _ = try context.requireSession(csrf: form.csrf)
        let detail = try await service.upload(
            session, unit: try form.unit(default: session), year: try form.year(), fileName: form.fileName,
            bytes: form.bytes)
        return Pages.redirect(PageURL.path("submissions", String(detail.id)))
    }

    @Sendable func submission(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let id = try APIRoutes.id(context)
        return Pages.submission(try await service.submission(session, id: id), session: session)
    }

    @Sendable func run(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let form = try await Self.form(PageForms.UnitYear.self, request)
        _ = try context.requireSession(csrf: form.csrf)
        let (node, year) = (try form.query.unit(default: session), try form.query.year())
        let answer = try await service.run(session, node: node, year: year)
        guard let run = answer.run else {
            throw PortalError.conflict(answer.refusal ?? .runInProgress(run: nil, node: node, year: year))
        }
        return Pages.redirect(PageURL.path("runs", String(run)))
    }

    @Sendable func runPage(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PortalError.notFound }
        let detail = try await service.runDetail(session, id: id)
        return Pages.run(detail, progress: service.runProgress(id), session: session)
    }

    @Sendable func baseData(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (node, year) = try Self.nodeAndYear(request, session)
        return Pages.baseData(try await service.baseDataPage(session, node: node, year: year), session: session)
    }

    @Sendable func totals(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (node, year) = try Self.nodeAndYear(request, session)
        let by =
            try Query(request).optional(
                "by", TotalsTable.Dimension.init(rawValue:), TotalsTable.Dimension.allCases.map(\.rawValue)) ?? .econ
        let rows = try await service.totals(session, node: node, year: year, by: by)
        return Pages.totals(rows, node: node, year: year, by: by, session: session)
    }

    @Sendable func template(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        let (unit, year) = try Self.nodeAndYear(request, session)
        let bytes = try await service.template(session, unit: unit, year: year)
        return Download.response(
            bytes, fileName: "template-\(unit)-\(year).xlsx", contentType: ExportFormat.xlsx.contentType)
    }

    /// The unit (default: the account's) and year (default: last year) a page is for.
    static func nodeAndYear(_ request: Request, _ session: Session) throws -> (String, Int) {
        let query = Query(request)
        let year = query["year"] == nil ? defaultYear() : try query.year()
        return (try query.unit(default: session), year)
    }

    /// Last calendar year: in spring, units report on the year just ended.
    static func defaultYear(now: Date = Date()) -> Int {
        Calendar(identifier: .gregorian).component(.year, from: now) - 1
    }

    /// A posted `application/x-www-form-urlencoded` form, read within `PageForms.limit`. A
    /// route that needs a session checks it before calling this: a stranger's body is
    /// never read (issue 16: 20 unauthenticated 32 MiB forms grew the server by 600 MB).
    static func form<Form: Decodable>(_ form: Form.Type, _ request: Request) async throws -> Form {
        try PageForms.decode(form, from: try await UploadReader(limit: PageForms.limit).collect(request))
    }
}

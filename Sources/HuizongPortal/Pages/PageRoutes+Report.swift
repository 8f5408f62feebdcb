import Foundation
import Hummingbird
import HuizongCore

/// The self-evaluation report's page and its three forms: the prose, the indicator rows, and
/// check-report. Office and admin only: an accountant's request is 404 before its body is read.
extension PageRoutes {
    func addReport(to router: Router<PortalContext>) {
        router.get("report", use: reportPage)
        router.get("report/view", use: reportView)
        router.post("report/prose", use: saveProse)
        router.post("report/indicators", use: loadIndicators)
        router.post("report/check", use: checkReport)
    }

    @Sendable func reportPage(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        try service.requireReportReader(session)
        let (node, year) = try Self.nodeAndYear(request, session)
        return Pages.report(try await service.reportState(session, node: node, year: year), session: session)
    }

    /// `/report/view?unit=&year=[&draft=1]`: the HTML report shown in the browser (not saved
    /// as a file), each figure a link to its `/figures` page: the HTML download's bytes.
    @Sendable func reportView(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        try service.requireReportReader(session)
        let (node, year) = try Self.nodeAndYear(request, session)
        let draft = Query(request)["draft"] == "1"
        guard let html = ReportFormat.named("html") else { throw PortalError.notFound }
        let bytes = try await service.report(
            session, ReportRequest(node: node, year: year, format: html, draft: draft))
        return Download.inline(bytes, contentType: html.contentType)
    }

    @Sendable func saveProse(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        try service.requireReportReader(session)
        let (node, year) = try Self.nodeAndYear(request, session)
        let form = try PageForms.decode(
            PageForms.Prose.self, from: try await UploadReader(limit: PageForms.proseLimit).collect(request))
        _ = try context.requireSession(csrf: form.csrf)
        _ = try await service.saveProse(session, node: node, year: year, texts: form.texts)
        return Pages.redirect(PageURL.path("report", query: ["unit": node, "year": String(year)]))
    }

    @Sendable func loadIndicators(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        try service.requireReportReader(session)
        let (node, year) = try Self.nodeAndYear(request, session)
        let form = try await uploads.read(request)
        _ = try context.requireSession(csrf: form.csrf)
        let outcome = try await service.loadIndicators(
            session, node: node, year: year, fileName: form.fileName, bytes: form.bytes)
        let state = try await service.reportState(session, node: node, year: year)
        return Pages.report(state, indicators: outcome, session: session)
    }

    @Sendable func checkReport(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        try service.requireReportReader(session)
        let (node, year) = try Self.nodeAndYear(request, session)
        let form = try await uploads.read(request)
        _ = try context.requireSession(csrf: form.csrf)
        let check = try await service.checkReport(
            session, node: node, year: year, fileName: form.fileName, bytes: form.bytes)
        let state = try await service.reportState(session, node: node, year: year)
        return Pages.report(state, check: check, session: session)
    }
}

import Hummingbird
import HuizongCore

/// `GET /api/reports?unit=&year=&format=json|md|docx|pdf|html|xlsx[&draft=1]` (pdf with LibreOffice): the self-evaluation report as
/// `huizong report … -o FILE` writes it. Office and admin only (404 for an accountant).
extension APIRoutes {
    func addReport(to api: RouterGroup<PortalContext>) {
        api.get("reports", use: report)
    }

    @Sendable func report(_ request: Request, context: PortalContext) async throws -> Response {
        let session = try context.requireSession()
        try service.requireReportReader(session)
        let query = Query(request)
        let formats = service.reportFormats
        // PDF without LibreOffice: a refusal that says why, not an unknown format.
        let known = query["format"].flatMap(ReportFormat.named)
        let format =
            known?.viaLibreOffice == true
            ? known
            : try query.optional("format", { name in formats.first { $0.name == name } }, formats.map(\.name))
        let report = ReportRequest(
            node: try query.unit(default: session), year: try query.year(),
            format: format ?? formats[0],
            draft: try query.optional("draft", Self.flag, ["1", "0"]) ?? false)
        let bytes = try await service.report(session, report)
        return Download.response(bytes, fileName: report.fileName, contentType: report.format.contentType)
    }

    /// `1`/`true` or `0`/`false`.
    private static func flag(_ text: String) -> Bool? {
        switch text {
        case "1", "true": true
        case "0", "false": false
        default: nil
        }
    }
}

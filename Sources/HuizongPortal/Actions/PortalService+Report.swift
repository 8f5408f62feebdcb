import HTTPTypes
import HuizongCore
import Postgres

/// The self-evaluation report in the portal: the office's (and admin's) page, downloads, prose,
/// indicator rows and check-report. An accountant gets 404 on all of it, as if it did not
/// exist: the report is the department's, never a unit's.
extension PortalService {
    /// 404 unless the account is the office or an admin.
    func requireReportReader(_ session: Session) throws {
        guard [.office, .admin].contains(session.account.role) else { throw PortalError.notFound }
    }

    /// What the report page shows for `node` and `year`: the figures of the current run (a
    /// draft when it is incomplete), or why there are none, and the prose in force.
    func reportState(_ session: Session, node: String, year: Int) async throws -> ReportState {
        try requireReportReader(session)
        let files = self.files
        let formats = reportFormats
        return try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            let prose = try ReportProse.load(node: node, year: year, connection: connection)
            do {
                let figures = try ReportFigures.load(
                    node: node, year: year, draft: true, files: files, connection: connection)
                return ReportState(
                    node: node, year: year, figures: figures, missing: nil, prose: prose, formats: formats)
            } catch HuizongError.usage(let refusal) {
                // No finished run (or a pruned one): the prose and the check still have a page.
                return ReportState(
                    node: node, year: year, figures: nil, missing: refusal, prose: prose, formats: formats)
            }
        }
    }

    /// The report rendered as `huizong report --format F [--draft] -o FILE` writes it; a PDF
    /// is that DOCX converted by LibreOffice, after the connection is given back, on the
    /// conversion threads (a conversion takes seconds; at most two run at once).
    func report(_ session: Session, _ request: ReportRequest) async throws -> [UInt8] {
        try requireReportReader(session)
        let converter: ReportPDF?
        if request.format.viaLibreOffice {
            guard let pdf else { throw PortalError.badRequest(.reportPDFUnavailable(program: "soffice")) }
            converter = pdf
        } else {
            converter = nil
        }
        let files = self.files
        let bytes = try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(request.node, connection)
            let figures = try ReportFigures.load(
                node: request.node, year: request.year, draft: request.draft, files: files, connection: connection)
            return try request.format.bytes(figures)
        }
        guard let converter else { return bytes }
        do {
            return try await conversions.runIfActive { try converter.convert(docx: bytes) }
        } catch HuizongError.refused(let refusal) {
            // LibreOffice failing is the server's fault, not the request's.
            let status: HTTPResponse.Status =
                refusal.code == "report_pdf_timed_out" ? .serviceUnavailable : .internalServerError
            throw PortalError(status: status, refusal: refusal)
        }
    }

    /// The report's formats this server offers (PDF only with LibreOffice).
    var reportFormats: [ReportFormat] { ReportFormat.offered(pdf: pdf != nil) }

    /// Stores each part of the prose given, non-empty and changed, under the account's name,
    /// with an audit entry; returns the parts stored.
    func saveProse(_ session: Session, node: String, year: Int, texts: [ReportProse.Part: String]) async throws
        -> [ReportProse.Part]
    {
        try requireReportReader(session)
        let actor = session.account.name
        return try await database.asAccount(actor) { connection in
            try Self.requireVisible(node, connection)
            let current = try ReportProse.load(node: node, year: year, connection: connection)
            let changed = ReportProse.Part.allCases.filter { part in
                guard let text = texts[part], !text.allSatisfy(\.isWhitespace) else { return false }
                return text != current[part]
            }
            guard !changed.isEmpty else { return [] }
            try connection.transaction {
                for part in changed {
                    try ReportProse.save(
                        texts[part] ?? "", part: part, node: node, year: year, writtenBy: actor, connection: connection)
                }
                try AuditLog(connection: connection).record(
                    actor: actor, action: "report.prose", unit: node,
                    detail: "\(year): " + changed.map(\.rawValue).joined(separator: ", "))
            }
            return changed
        }
    }

    /// Loads the office's indicator rows of the 自评表 as `huizong report indicators FILE`
    /// does, under the account's name; an accepted load is in the audit log.
    func loadIndicators(_ session: Session, node: String, year: Int, fileName: String, bytes: [UInt8]) async throws
        -> IndicatorLoad.Outcome
    {
        try requireReportReader(session)
        let actor = session.account.name
        let files = self.files
        return try await database.asAccount(actor) { connection in
            try Self.requireVisible(node, connection)
            let outcome = try IndicatorLoad.load(
                data: bytes, fileName: fileName, node: node, year: year, edition: nil, writtenBy: actor, files: files,
                connection: connection)
            if outcome.accepted {
                try AuditLog(connection: connection).record(
                    actor: actor, action: "report.indicators", unit: node,
                    detail: "\(year): \(fileName), \(outcome.rowCount) rows, edition \(outcome.edition)")
            }
            return outcome
        }
    }

    /// `huizong check-report FILE --unit NODE --year YEAR` on an uploaded file. The file is the
    /// office's draft: it is read, checked and forgotten, not stored.
    func checkReport(_ session: Session, node: String, year: Int, fileName: String, bytes: [UInt8]) async throws
        -> ReportTextCheck
    {
        try requireReportReader(session)
        let files = self.files
        return try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            return try ReportTextCheck.check(
                bytes: bytes, fileName: fileName, node: node, year: year, files: files, connection: connection)
        }
    }
}

/// What the report page is made from.
struct ReportState: Sendable {
    let node: String
    let year: Int
    /// The report's figures, a draft when the run is incomplete; nil without a finished run.
    let figures: ReportFigures?
    /// Why there are no figures.
    let missing: Refusal?
    let prose: ReportProse
    /// The formats offered for download (PDF only with LibreOffice).
    let formats: [ReportFormat]
}

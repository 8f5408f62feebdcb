import Postgres
import ReportCheck

/// `huizong check-report` on a file the office uploads in the portal: its text read from the
/// bytes (docx, txt or md, by the name's extension), checked for its own arithmetic and against
/// the node's current complete run, as `check-report FILE --unit --year` does. Nothing is stored.
public struct ReportTextCheck: Sendable {
    /// The file's name as uploaded.
    public var fileName: String
    /// The text as read, for quoting the findings' figures.
    public var document: ReportDocument
    /// The findings in document order.
    public var findings: [CheckFinding]

    /// Reads `bytes` (refused as `reportUnreadable` when they cannot be read), then checks them
    /// against `node`'s current complete run for `year` (refused as the report is when the run
    /// is incomplete or missing).
    public static func check(
        bytes: [UInt8], fileName: String, node: String, year: Int, files: ProjectFiles, connection: Connection
    ) throws -> ReportTextCheck {
        let document: ReportDocument
        do {
            document = try ReportReader.read(bytes: bytes, name: fileName)
        } catch {
            throw HuizongError.refused(.reportUnreadable(error))
        }
        let figures = try ReportFigures.load(node: node, year: year, files: files, connection: connection)
        let findings = ReportChecker(data: figures.dataFigures).check(document)
        return ReportTextCheck(fileName: fileName, document: document, findings: findings)
    }
}

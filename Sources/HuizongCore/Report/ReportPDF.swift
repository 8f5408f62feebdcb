import Foundation

/// The report as PDF: its DOCX converted by LibreOffice headless (`soffice --convert-to pdf`).
/// Each conversion works in a temporary directory of its own with its own LibreOffice profile
/// (`-env:UserInstallation`), so that conversions running at the same time do not share (and
/// lock) one profile; a conversion that outlasts `timeout` is killed with its helpers.
public struct ReportPDF: Sendable {
    /// The `soffice` program.
    public let program: String
    /// How long one conversion may take.
    public let timeout: Duration

    /// A converter with `program` (a path to `soffice`).
    public init(program: String, timeout: Duration = .seconds(120)) {
        self.program = program
        self.timeout = timeout
    }

    /// `soffice` as `HUIZONG_SOFFICE` names it (empty: none, PDF not offered), else the first
    /// on `PATH`; nil when there is none to run.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportPDF? {
        let candidates: [String]
        if let named = environment["HUIZONG_SOFFICE"] {
            candidates = named.isEmpty ? [] : [named]
        } else {
            candidates = (environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/soffice" }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { ReportPDF(program: $0) }
    }

    /// `docx` converted to PDF; refused (`report_pdf_failed`, `report_pdf_timed_out`) when
    /// LibreOffice fails, writes no PDF, or takes too long. The temporary directory is removed.
    public func convert(docx: [UInt8]) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "huizong-pdf-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("report.docx")
        try Data(docx).write(to: input)
        let command = ExternalCommand(
            executable: program,
            arguments: [
                "-env:UserInstallation=\(directory.appendingPathComponent("profile", isDirectory: true).absoluteString)",
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.path, input.path,
            ])
        guard let result = try command.run(timeout: timeout) else {
            throw HuizongError.refused(.reportPDFTimedOut(program: program, seconds: timeoutSeconds))
        }
        let output = directory.appendingPathComponent("report.pdf")
        guard result.status == 0, let pdf = FileManager.default.contents(atPath: output.path),
            pdf.starts(with: Array("%PDF-".utf8))
        else {
            throw HuizongError.refused(.reportPDFFailed(program: program, output: result.output))
        }
        return [UInt8](pdf)
    }

    /// The timeout in whole seconds, rounded up (as a refusal names it).
    private var timeoutSeconds: Int {
        let (seconds, attoseconds) = timeout.components
        return Int(seconds) + (attoseconds > 0 ? 1 : 0)
    }
}

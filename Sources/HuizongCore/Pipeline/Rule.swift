import Foundation

/// One validation rule: a SQL file returning the offending rows of the submissions bound
/// as `$1` (`bigint[]`), columns `submission_id, line_no, column_name, expected, found`.
public struct Rule: Sendable {
    /// The rule's id: its file name without `.sql`.
    public let id: String
    /// `error` rejects; `warning` is reported only.
    public let severity: Severity
    /// The header's one-line description.
    public let message: String
    /// The query.
    public let sql: String

    /// Reads a rule file and its header (`-- rule:`, `-- severity:`, `-- message:`).
    public init(file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let id = file.deletingPathExtension().lastPathComponent
        var header: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("--") {
            let body = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            guard let colon = body.firstIndex(of: ":") else { continue }
            header[String(body[..<colon])] = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard header["rule"] == id else {
            throw HuizongError.usage("rule file \(file.path) must start with `-- rule: \(id)`")
        }
        guard let severityText = header["severity"], let severity = Severity(rawValue: severityText) else {
            throw HuizongError.usage("rule file \(file.path) needs `-- severity: error` or `warning`")
        }
        self.id = id
        self.severity = severity
        self.message = header["message"] ?? ""
        self.sql = text
    }

    /// Every rule of a directory, in file-name order.
    public static func load(directory relative: String, files: ProjectFiles) throws -> [Rule] {
        try files.sqlFiles(in: relative).map(Rule.init(file:))
    }
}

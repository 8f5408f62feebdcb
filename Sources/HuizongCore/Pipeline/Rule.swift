import Foundation

/// One validation rule: a SQL file returning the offending rows of the submissions bound
/// as `$1` (`bigint[]`), columns `submission_id, line_no, column_name, item, args` (the last
/// two `jsonb`). Its header names it and gives its message templates in both languages
/// (`-- name.en:`, `-- name.zh:`, `-- expected.en:`, … see sql/rules/README.md), which
/// loading registers in `MessageCatalogue`.
public struct Rule: Sendable {
    /// The rule's id: its file name without `.sql`.
    public let id: String
    /// `error` rejects; `warning` is reported only.
    public let severity: Severity
    /// The header's one-line description.
    public let message: String
    /// How its findings read.
    public let template: MessageTemplate
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
            throw HuizongError.usage(.ruleHeaderMissing(path: file.path, id: id))
        }
        guard let severityText = header["severity"], let severity = Severity(rawValue: severityText) else {
            throw HuizongError.usage(.ruleSeverityMissing(path: file.path))
        }
        self.id = id
        self.severity = severity
        self.message = header["message"] ?? ""
        self.template = try Self.template(header, file: file)
        self.sql = text
        MessageCatalogue.register(code: id, template: template)
        for (problem, variant) in Self.variants(header, base: template) {
            MessageCatalogue.register(code: "\(id).\(problem)", template: variant)
        }
    }

    /// The header's names and templates; each of the six must be there.
    private static func template(_ header: [String: String], file: URL) throws -> MessageTemplate {
        let keys = ["name", "expected", "found"].flatMap { ["\($0).en", "\($0).zh"] }
        let missing = keys.filter { header[$0] == nil }
        guard missing.isEmpty else {
            throw HuizongError.usage(.ruleHeaderFieldMissing(path: file.path, field: missing[0]))
        }
        return MessageTemplate(
            name: (header["name.en"]!, header["name.zh"]!), expected: (header["expected.en"]!, header["expected.zh"]!),
            found: (header["found.en"]!, header["found.zh"]!))
    }

    /// The shapes a rule gives for some values of its `problem` argument
    /// (`-- expected.en.PROBLEM:`), each the main template with those texts replaced.
    private static func variants(_ header: [String: String], base: MessageTemplate) -> [String: MessageTemplate] {
        var variants: [String: MessageTemplate] = [:]
        for (key, text) in header {
            let parts = key.split(separator: ".", maxSplits: 2).map(String.init)
            guard parts.count == 3, let language = Language(rawValue: parts[1]) else { continue }
            var template = variants[parts[2]] ?? base
            switch parts[0] {
            case "name": template.name[language] = text
            case "expected": template.expected[language] = text
            case "found": template.found[language] = text
            default: continue
            }
            variants[parts[2]] = template
        }
        return variants
    }

    /// Every rule of a directory, in file-name order.
    public static func load(directory relative: String, files: ProjectFiles) throws -> [Rule] {
        try files.sqlFiles(in: relative).map(Rule.init(file:))
    }
}

extension Rule {
    /// Loads the shipped rules and run checks so that their findings can be rendered, where
    /// a command shows stored findings without running them.
    public static func loadCatalogue(files: ProjectFiles) throws {
        _ = try load(directory: "sql/rules", files: files)
        _ = try load(directory: "sql/checks", files: files)
    }
}

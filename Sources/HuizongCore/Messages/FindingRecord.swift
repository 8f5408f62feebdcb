import Foundation

/// A finding as machine-readable JSON: `{"id", "code", "severity", "unit", "submission",
/// "line", "cell", "column", "item", "args", "message"}`, the message in one language.
/// The CLI's `--format json` and the portal's API print the same shape.
public struct FindingRecord: Encodable, Sendable {
    public var id: String?
    public var code: String
    public var severity: String
    public var unit: String?
    public var submission: Int64?
    public var line: Int?
    public var cell: String?
    public var column: String?
    public var item: FindingArgs
    public var args: FindingArgs
    public var message: String

    /// The record of `finding`, its message in `language`.
    public init(_ finding: Finding, language: Language) {
        id = finding.id
        code = finding.code
        severity = finding.severity.rawValue
        unit = finding.unit
        submission = finding.submission
        line = finding.line
        cell = finding.cell
        column = finding.column
        item = finding.item
        args = finding.args
        message = finding.message(language)
    }

    /// Every key is written, absent values as `null`, so readers see one shape.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(unit, forKey: .unit)
        try container.encode(submission, forKey: .submission)
        try container.encode(line, forKey: .line)
        try container.encode(cell, forKey: .cell)
        try container.encode(column, forKey: .column)
        try container.encode(item, forKey: .item)
        try container.encode(args, forKey: .args)
        try container.encode(message, forKey: .message)
    }

    private enum CodingKeys: String, CodingKey {
        case id, code, severity, unit, submission, line, cell, column, item, args, message
    }

    /// One line of JSON text for `finding` (keys sorted, slashes and Chinese unescaped).
    public static func json(_ finding: Finding, language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(FindingRecord(finding, language: language))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension FindingRecord {
    /// `text` as a JSON string literal.
    public static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

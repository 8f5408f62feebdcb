import Foundation

/// The two outputs of findings: one line each for people, a JSON array for programs.
public enum CheckFindingJSON {
    /// `paragraph:offset severity code: message` then the quoted sentence.
    public static func line(_ finding: CheckFinding, language: CheckLanguage) -> String {
        let severity = language == .zh ? finding.severity.chinese : finding.severity.rawValue
        return
            "\(finding.paragraph):\(finding.offset) \(severity) \(finding.code.rawValue): \(finding.message(language))"
            + "\n    「\(finding.quote)」"
    }

    /// A JSON array of the findings, each with its message in `language`.
    public static func document(_ findings: [CheckFinding], language: CheckLanguage) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let records = findings.map { Record(finding: $0, message: $0.message(language)) }
        let data = (try? encoder.encode(records)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private struct Record: Encodable {
        let finding: CheckFinding
        let message: String

        func encode(to encoder: any Encoder) throws {
            try finding.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(message, forKey: .message)
        }

        enum Key: String, CodingKey { case message }
    }
}

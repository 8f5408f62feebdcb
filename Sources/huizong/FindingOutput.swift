import ArgumentParser
import HuizongCore

/// How `submit`, `findings` and `run` print findings: text or JSON, in English or Chinese.
struct FindingOutput: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(help: "text (default) or json: one object per finding with its id, code, args and message.")
    var format: Format = .text
    @Option(help: "Language of the messages: en or zh (default: HUIZONG_LANG, else en).")
    var lang: String?

    /// The language asked for, else HUIZONG_LANG's, else English.
    var language: Language {
        lang.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment()
    }

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be en or zh, not \(lang)")
        }
    }

    /// One finding as a text line or a JSON object.
    func line(_ finding: Finding) -> String {
        format == .json ? FindingRecord.json(finding, language: language) : finding.line(language)
    }
}

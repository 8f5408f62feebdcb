import Foundation
import Testing

@testable import HuizongCore

/// Every finding code renders in both languages: no missing template, no unfilled
/// placeholder, and Chinese that holds no English word but codes and figures.
@Suite("Message catalogue")
struct MessageCatalogueTests {
    /// Sample arguments for a template: vocabulary names where a filter reads them, digits otherwise.
    static func sampleArgs(_ template: MessageTemplate) -> FindingArgs {
        var args: FindingArgs = ["section": "income"]
        let texts = Language.allCases.flatMap { [template.expected[$0] ?? "", template.found[$0] ?? ""] }
        for placeholder in texts.flatMap(TemplateText.placeholders) where !placeholder.hasPrefix("@") {
            let parts = placeholder.split(separator: "|").map(String.init)
            switch parts.count == 2 ? parts[1] : "" {
            case "section": args[parts[0]] = "income"
            case "item": args[parts[0]] = "carryover"
            case "column": args[parts[0]] = "actual"
            case "value": args[parts[0]] = "basic"
            case "path": args[parts[0]] = "income/carryover"
            default: args[parts[0]] = args[parts[0]] ?? "12345.67"
            }
        }
        return args
    }

    /// ASCII words a Chinese text may hold: the format's own codes and the names of encodings and tools.
    static let allowedWords: Set<String> =
        Set(
            Section.allCases.map(\.rawValue) + Section.allCases.flatMap { $0.items.map(\.english) }
                + SubmissionColumn.allCases.map(\.name) + ExpenditureKind.allCases.map(\.rawValue)
                + ProjectType.allCases.map(\.rawValue)
        ).union(["UTF", "GB18030", "NUL", "CSV", "Excel", "WPS", "XLSX", "zip"])
        // Names in workbook messages: formats, signatures, checksums, XML constructs.
        .union(["XML", "PK", "OLE", "xls", "xlsx", "CRC", "CDATA", "DOCTYPE"])

    static func check(_ code: String, _ template: MessageTemplate) {
        let args = sampleArgs(template)
        for language in Language.allCases {
            for text in [template.name[language], template.expected[language], template.found[language]] {
                #expect(text?.isEmpty == false, "\(code) has no text in \(language)")
            }
            var finding = Finding(code: code, severity: .error, file: "f.csv", line: 1, column: "actual", args: args)
            if let dot = code.firstIndex(of: ".") {
                finding.code = String(code[..<dot])
                finding.args["problem"] = .text(String(code[code.index(after: dot)...]))
            }
            let rendered = finding.line(language)
            #expect(!rendered.contains("{") && !rendered.contains("}"), "\(code) \(language): \(rendered)")
            guard language == .zh else { continue }
            let words = (finding.name(.zh) + finding.message(.zh)).matches(of: /[A-Za-z][A-Za-z0-9_]*/).map {
                String($0.output)
            }
            let english = words.filter { !allowedWords.contains($0) }
            #expect(english.isEmpty, "\(code): English in Chinese: \(english) in \(finding.message(.zh))")
        }
    }

    @Test("every intake message, in both languages")
    func intakeMessages() {
        for message in IntakeMessage.allCases {
            Self.check(message.rawValue, message.template)
        }
    }

    @Test("every shipped rule and run check, and each of their shapes, in both languages")
    func ruleMessages() throws {
        let files = try ProjectFiles.locate(executable: #filePath)
        let rules =
            try Rule.load(directory: "sql/rules", files: files)
            + Rule.load(directory: "sql/checks", files: files)
        #expect(rules.count == 17)
        let codes = MessageCatalogue.ruleCodes
        for rule in rules { #expect(codes.contains(rule.id)) }
        for code in codes {
            let dot = code.firstIndex(of: ".")
            let template = MessageCatalogue.template(
                code: dot.map { String(code[..<$0]) } ?? code,
                problem: dot.map { String(code[code.index(after: $0)...]) })
            Self.check(code, template)
        }
    }

    @Test("a placeholder without its argument stays visible; an optional part disappears")
    func unfilled() {
        #expect(TemplateText.render("a {x} b", args: [:], language: .en) == "a {x} b")
        #expect(TemplateText.render("a[ ({x})] b", args: [:], language: .en) == "a b")
        #expect(TemplateText.render("a[ ({x})] b", args: ["x": 7], language: .en) == "a (7) b")
        #expect(TemplateText.render("{c|empty}", args: [:], language: .zh) == "空单元格")
        #expect(TemplateText.render("{p|path}", args: ["p": "income/carryover"], language: .zh) == "收入/年初结转和结余")
    }

    @Test("a rule file without its Chinese message is refused, naming the missing line")
    func ruleWithoutTemplate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("half.sql")
        try """
        -- rule: half
        -- severity: error
        -- name.en: half
        -- expected.en: x
        -- found.en: y
        select 1
        """.write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: HuizongError.self) { try Rule(file: file) }
        do {
            _ = try Rule(file: file)
        } catch {
            #expect("\(error)" == "rule file \(file.path) needs `-- name.zh:` in its header")
        }
    }

    @Test("arguments keep their types through jsonb text; amounts stay exact text")
    func argsRoundTrip() {
        let args: FindingArgs = ["prior": "3708.40", "line": 12, "units": .list(["401001", "401002"])]
        #expect(args.jsonText == #"{"line":12,"prior":"3708.40","units":["401001","401002"]}"#)
        #expect(FindingArgs(jsonText: args.jsonText) == args)
    }
}

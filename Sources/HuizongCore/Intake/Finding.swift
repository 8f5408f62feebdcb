/// One problem, located as precisely as possible: a code with typed arguments. Its texts
/// are rendered when shown, in either language, by `MessageCatalogue`.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    /// The stable identity once stored: a hash of unit-independent code, column and item
    /// (the line only when no item says which line), the same wherever the finding is shown.
    public var id: String?
    /// The rule, e.g. `amount`, `balance`, `prior_year_change`.
    public var code: String
    /// Whether the problem rejects the submission.
    public var severity: Severity
    /// The file name as given.
    public var file: String
    /// The unit the submission is for, once known.
    public var unit: String?
    /// The stored submission, once stored.
    public var submission: Int64?
    /// 1-based physical line where the record starts (the header is line 1); nil for the whole file.
    public var line: Int?
    /// The column's English name (e.g. "actual"); nil when the problem is not in one cell.
    public var column: String?
    /// In a workbook, the cell in A1 style (`填报!F12`) or the row (`填报!12:12`); nil for CSV.
    public var cell: String?
    /// What identifies the line concerned (section, item, kind, project, codes); empty when none does.
    public var item: FindingArgs
    /// The typed values the message shows (expected, found, prior-year figure, …).
    public var args: FindingArgs

    /// A finding of rule `code` from all of its parts.
    public init(
        code: String, severity: Severity, file: String, line: Int?, column: String?, item: FindingArgs = [:],
        args: FindingArgs = [:], cell: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.item = item
        self.args = args
        self.cell = cell
    }

    /// An intake error of the shape `message`.
    public init(
        _ message: IntakeMessage, file: String, line: Int?, column: String?, args: FindingArgs = [:],
        cell: String? = nil
    ) {
        var args = args
        if let problem = message.problem { args["problem"] = .text(problem) }
        self.init(
            code: message.code, severity: .error, file: file, line: line, column: column, args: args, cell: cell)
    }

    /// How this finding reads.
    public var template: MessageTemplate {
        MessageCatalogue.template(code: code, problem: args["problem"]?.description)
    }

    /// The rule's name in `language`.
    public func name(_ language: Language) -> String {
        template.name[language] ?? code
    }

    /// What was expected, in `language`.
    public func expected(_ language: Language) -> String {
        TemplateText.render(template.expected[language] ?? "", args: args, language: language)
    }

    /// What was found, in `language`.
    public func found(_ language: Language) -> String {
        TemplateText.render(template.found[language] ?? "", args: args, language: language)
    }

    /// The sentence: "expected …, found …" or "应为…；实际为…".
    public func message(_ language: Language) -> String {
        switch language {
        case .en: return "expected \(expected(.en)), found \(found(.en))"
        case .zh: return "应为\(expected(.zh))；实际为\(found(.zh))"
        }
    }

    /// The English expected text.
    public var expected: String { expected(.en) }
    /// The English found text.
    public var found: String { found(.en) }

    /// "error: FILE:LINE: column COL: [CODE] expected EXPECTED, found FOUND", leaving out nil parts;
    /// a workbook's finding names its cell instead of the line: "error: FILE: 填报!J12: column actual: …".
    public var description: String { text(.en).description }

    /// The one-line form of `description` in `language`.
    public func line(_ language: Language) -> String {
        switch language {
        case .en:
            return text(.en).description
        case .zh:
            let column = self.column.map { "\(SubmissionVocabulary.chineseColumn($0) ?? $0)列：" } ?? ""
            let place = Self.place(file, cell: cell, line: line)
            return "\(severity.chinese)：\(place)：\(column)【\(name(.zh))】\(message(.zh))"
        }
    }

    /// `FILE: CELL` for a workbook, `FILE:LINE` for a line, `FILE` for the whole file.
    static func place(_ file: String, cell: String?, line: Int?) -> String {
        if let cell { return "\(file): \(cell)" }
        if let line { return "\(file):\(line)" }
        return file
    }
}

extension Finding {
    /// A finding as read in one language: its place, rule and texts, for listing and comparing.
    public struct Text: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var column: String?
        public var rule: String
        public var severity: Severity
        public var expected: String
        public var found: String
        public var cell: String?

        /// A text from all of its parts.
        public init(
            file: String, line: Int?, column: String?, rule: String, severity: Severity, expected: String,
            found: String, cell: String? = nil
        ) {
            self.file = file
            self.line = line
            self.column = column
            self.rule = rule
            self.severity = severity
            self.expected = expected
            self.found = found
            self.cell = cell
        }

        /// "error: FILE:LINE: column COL: [RULE] expected EXPECTED, found FOUND", leaving out nil
        /// parts; a workbook's finding names its cell instead of the line.
        public var description: String {
            let column = self.column.map { "column \($0): " } ?? ""
            return "\(severity.rawValue): \(Finding.place(file, cell: cell, line: line)): \(column)[\(rule)] "
                + "expected \(expected), found \(found)"
        }
    }

    /// The finding read in English.
    public var text: Text { text(.en) }

    /// The finding read in `language`.
    public func text(_ language: Language) -> Text {
        Text(
            file: file, line: line, column: column, rule: code, severity: severity, expected: expected(language),
            found: found(language), cell: cell)
    }
}

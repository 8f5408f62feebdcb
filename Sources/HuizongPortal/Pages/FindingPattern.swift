/// One shape of an English finding text and its Chinese rendering from the shape's captures.
struct FindingPattern: Sendable {
    /// The captures, in order ("" when unmatched), when a text has this shape as a whole.
    private let captures: @Sendable (String) -> [String]?
    /// The rules whose texts may take this shape; nil for any rule. Found texts that are cell
    /// values (a project named "none") must not be taken for a rule's description.
    private let rules: Set<String>?
    private let chinese: @Sendable ([String]) -> String

    /// A shape matched by `regex` as a whole; `chinese` gets the captures in order ("" when unmatched).
    init<Output>(
        _ regex: Regex<Output>, rules: Set<String>? = nil, _ chinese: @escaping @Sendable ([String]) -> String
    ) {
        // Regex is not marked Sendable, but it is immutable and compiles its program once, atomically.
        nonisolated(unsafe) let regex = regex
        captures = { text in
            guard let match = try? regex.wholeMatch(in: text) else { return nil }
            return AnyRegexOutput(match).dropFirst().map { $0.substring.map(String.init) ?? "" }
        }
        self.rules = rules
        self.chinese = chinese
    }

    /// The Chinese text when `text` of `rule` has this shape, else nil.
    func translate(_ text: String, rule: String) -> String? {
        if let rules, !rules.contains(rule) { return nil }
        return captures(text).map(chinese)
    }
}

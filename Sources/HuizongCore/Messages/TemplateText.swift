/// Fills a template text with a finding's arguments in one language.
///
/// - `{name}`: the argument as it is; `{name|filter}` through a filter: `empty` (an absent
///   or empty cell reads "an empty cell" / 空单元格), `section`, `item`, `column`, `value`
///   (a kind or project type), `path` (`section/item`) — each in the template's Chinese
///   words for `zh`, unchanged for `en`.
/// - `{@sections}`, `{@columns}`, `{@kinds}`, `{@project_types}`, `{@items}` (of the
///   `section` argument): the vocabulary's choices.
/// - `[…]`: shown only when every argument inside it is present.
///
/// An unknown argument stays in braces, so a test can find an unfilled placeholder.
public enum TemplateText {
    /// `text` with its placeholders filled from `args` in `language`.
    public static func render(_ text: String, args: FindingArgs, language: Language) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "{" }) {
            output += rest[..<open]
            if rest[open] == "[", let close = rest[open...].firstIndex(of: "]") {
                let inner = rest[rest.index(after: open)..<close]
                if let filled = fill(inner, args: args, language: language, optional: true) { output += filled }
                rest = rest[rest.index(after: close)...]
            } else if rest[open] == "{", let close = rest[open...].firstIndex(of: "}") {
                let name = rest[rest.index(after: open)..<close]
                output += value(String(name), args: args, language: language) ?? "{\(name)}"
                rest = rest[rest.index(after: close)...]
            } else {
                output += rest[open...open]
                rest = rest[rest.index(after: open)...]
            }
        }
        return output + rest
    }

    /// The placeholders of `text`, as written between braces.
    public static func placeholders(_ text: String) -> [String] {
        text.matches(of: /\{([^}]*)\}/).map { String($0.1) }
    }

    /// A `[…]` group filled, or nil when one of its arguments is absent.
    private static func fill(_ text: Substring, args: FindingArgs, language: Language, optional: Bool) -> String? {
        var output = ""
        var rest = text
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            guard let filled = value(String(rest[rest.index(after: open)..<close]), args: args, language: language)
            else { return nil }
            output += filled
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    /// One placeholder's text; nil when its argument is absent (and no filter supplies one).
    private static func value(_ placeholder: String, args: FindingArgs, language: Language) -> String? {
        if placeholder.hasPrefix("@") {
            return VocabularyText.list(String(placeholder.dropFirst()), args: args, language: language)
        }
        let parts = placeholder.split(separator: "|", maxSplits: 1).map(String.init)
        let argument = args[parts[0]]?.description
        guard parts.count == 2 else { return argument }
        return VocabularyText.filter(parts[1], argument, language: language)
    }
}

/// How one kind of finding reads, in each language: the rule's name and the templates of
/// its expected and found texts. Placeholders name the finding's arguments (`{prior}`),
/// optionally through a filter (`{section|section}`), or a vocabulary list (`{@sections}`);
/// `[…]` holds a part shown only when every argument inside it is present. See `TemplateText`.
public struct MessageTemplate: Sendable, Equatable {
    /// The rule's short name (`balance`, 收支平衡).
    public var name: [Language: String]
    /// What was expected.
    public var expected: [Language: String]
    /// What was found.
    public var found: [Language: String]

    /// A template from its English and Chinese texts.
    public init(name: (en: String, zh: String), expected: (en: String, zh: String), found: (en: String, zh: String)) {
        self.name = [.en: name.en, .zh: name.zh]
        self.expected = [.en: expected.en, .zh: expected.zh]
        self.found = [.en: found.en, .zh: found.zh]
    }

    /// The template of a code no catalogue knows: the stored texts of a finding recorded
    /// before findings were data (migration 0007 keeps them as `expected` and `found`).
    static func fallback(code: String) -> MessageTemplate {
        MessageTemplate(
            name: (code, code), expected: ("{expected}", "{expected}"), found: ("{found}", "{found}"))
    }
}

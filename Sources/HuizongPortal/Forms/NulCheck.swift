import HuizongCore

/// Refuses text with a NUL character before it reaches the database, which cannot hold it
/// in text (issue 16: a NUL in a comment or a name was a bare 500).
enum NulCheck {
    /// 400 naming the first field of `value` (a decoded form or JSON body) whose text holds a NUL.
    static func refuse(in value: Any) throws {
        if let field = field(in: value, label: nil) {
            throw PortalError.badRequest(.textHasNul(field: field))
        }
    }

    /// 400 when `text`, the value of `field`, holds a NUL.
    static func refuse(_ text: String?, field: String) throws {
        if let text, text.utf8.contains(0) { throw PortalError.badRequest(.textHasNul(field: field)) }
    }

    /// The top-level property (by its label) that holds a text with a NUL, at any depth.
    private static func field(in value: Any, label: String?) -> String? {
        if let text = value as? String { return text.utf8.contains(0) ? (label ?? "") : nil }
        for child in Mirror(reflecting: value).children {
            let name = label ?? child.label.map { $0 == "some" ? "" : $0 }
            if let found = field(in: child.value, label: name) { return found }
        }
        return nil
    }
}

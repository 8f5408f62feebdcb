import Foundation

/// Hostile text for every slot of a view model: each call a new `<script>"'&N`, so that a test
/// can tell that each one was rendered, and escaped, wherever it was put.
final class HostileText {
    private(set) var issued: [String] = []

    /// The next hostile value.
    func next() -> String {
        let text = #"<script>"'&"# + String(issued.count + 1) + "!"
        issued.append(text)
        return text
    }

    /// `text` as mustache escapes it for HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// The values issued since the last call that `html` lacks in escaped form (each should be
    /// there at least once).
    func missing(in html: String, except skipped: Set<String> = []) -> [String] {
        defer { issued = [] }
        return issued.filter { !skipped.contains($0) && !html.contains(Self.escaped($0)) }
    }
}

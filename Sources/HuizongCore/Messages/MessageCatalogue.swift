import Foundation

/// The one place findings become text. Intake's messages are `IntakeMessage` cases; each
/// SQL rule and run check brings its own from its file's header (`Rule`), registered here
/// when the rule is loaded. A code no one registered renders through its stored
/// `expected` and `found` arguments (findings from before migration 0007).
public enum MessageCatalogue {
    /// The template of `code` (and its `problem` argument, for codes with several shapes).
    public static func template(code: String, problem: String?) -> MessageTemplate {
        if let problem, let message = IntakeMessage(rawValue: "\(code).\(problem)") { return message.template }
        if let message = IntakeMessage(rawValue: code) { return message.template }
        return registry.withLock { entries in
            problem.flatMap { entries["\(code).\($0)"] } ?? entries[code]
        } ?? .fallback(code: code)
    }

    /// Makes `template` the message of the rule `code` (idempotent: rules load per command).
    public static func register(code: String, template: MessageTemplate) {
        registry.withLock { $0[code] = template }
    }

    /// The codes (and `code.problem` shapes) of every registered rule and check.
    public static var ruleCodes: [String] {
        registry.withLock { $0.keys.sorted() }
    }

    private static let registry = LockedDictionary()
}

/// The rules' templates, shared by the threads of the portal.
private final class LockedDictionary: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: MessageTemplate] = [:]

    func withLock<T>(_ body: (inout [String: MessageTemplate]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&entries)
    }
}

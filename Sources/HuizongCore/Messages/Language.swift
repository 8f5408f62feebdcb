import Foundation

/// The languages Huizong renders findings and refusals in. English is the command line's
/// default; the portal, the XLSX findings and the Chinese exports use Chinese.
public enum Language: String, Sendable, CaseIterable {
    case en
    case zh

    /// `HUIZONG_LANG` when it names a language (`zh`, `zh_CN.UTF-8`, `en`), else English.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        guard let value = environment["HUIZONG_LANG"]?.lowercased() else { return .en }
        return value.hasPrefix("zh") ? .zh : .en
    }
}

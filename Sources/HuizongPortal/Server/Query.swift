import Hummingbird
import HuizongCore

/// A request's query string, read with refusals fit for the user.
struct Query {
    let parameters: [String: String]

    init(_ request: Request) {
        var parameters: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where parameters[String(key)] == nil {
            parameters[String(key)] = String(value)
        }
        self.parameters = parameters
    }

    init(_ parameters: [String: String]) {
        self.parameters = parameters
    }

    subscript(_ name: String) -> String? {
        parameters[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `unit`, else the account's own unit (the office's node).
    func unit(default session: Session) throws -> String {
        if let unit = self["unit"] { return unit }
        guard let own = session.account.unitCode else { throw PortalError.badRequest(.missingUnit) }
        return own
    }

    /// `year`, a four-digit fiscal year.
    func year() throws -> Int {
        guard let text = self["year"] else { throw PortalError.badRequest(.missingYear) }
        guard let year = Int(text) else { throw PortalError.badRequest(.invalidYear(text: text)) }
        return try Self.year(year)
    }

    /// `year` when it is a four-digit fiscal year (a JSON body's), else 400.
    static func year(_ year: Int) throws -> Int {
        guard (1900...9999).contains(year) else { throw PortalError.badRequest(.invalidYear(text: String(year))) }
        return year
    }

    /// The first parameter whose value holds a NUL character, by name.
    var fieldWithNul: String? {
        parameters.sorted { $0.key < $1.key }.first { $0.key.utf8.contains(0) || $0.value.utf8.contains(0) }?.key
    }

    /// Parameter `name` converted by `make`, or nil when absent; 400 naming the `accepted`
    /// values when invalid.
    func optional<T>(_ name: String, _ make: (String) -> T?, _ accepted: [String]) throws -> T? {
        guard let text = self[name] else { return nil }
        guard let value = make(text) else {
            throw PortalError.badRequest(.invalidParameter(name: name, value: text, accepted: accepted))
        }
        return value
    }

    /// Parameter `name` converted by `make`; 400 when absent or invalid.
    func require<T>(_ name: String, _ make: (String) -> T?, _ accepted: [String]) throws -> T {
        guard let value = try optional(name, make, accepted) else {
            throw PortalError.badRequest(.missingParameter(name: name, accepted: accepted))
        }
        return value
    }
}

import Hummingbird
import HuizongCore

/// A request's query string, read with messages fit for the user.
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
        guard let own = session.account.unitCode else { throw PortalError.badRequest("请指定单位（unit）。") }
        return own
    }

    /// `year`, a four-digit fiscal year.
    func year() throws -> Int {
        guard let text = self["year"] else { throw PortalError.badRequest("请指定年度（year）。") }
        guard let year = Int(text), (1900...9999).contains(year) else {
            throw PortalError.badRequest("年度（year）应为四位数字，收到的是“\(text)”。")
        }
        return year
    }

    /// Parameter `name` converted by `make`, or nil when absent; 400 naming `expected` when invalid.
    func optional<T>(_ name: String, _ make: (String) -> T?, _ expected: String) throws -> T? {
        guard let text = self[name] else { return nil }
        guard let value = make(text) else {
            throw PortalError.badRequest("参数 \(name) 应为 \(expected)，收到的是“\(text)”。")
        }
        return value
    }

    /// Parameter `name` converted by `make`; 400 when absent or invalid.
    func require<T>(_ name: String, _ make: (String) -> T?, _ expected: String) throws -> T {
        guard let value = try optional(name, make, expected) else {
            throw PortalError.badRequest("缺少参数 \(name)（应为 \(expected)）。")
        }
        return value
    }
}

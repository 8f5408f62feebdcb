import Foundation
import Testing

/// One answer of the portal, as the in-process client and curl both report it.
struct PortalAnswer {
    var status: Int
    /// Header names in lower case; the last value of each.
    var headers: [String: String]
    /// Every `Set-Cookie` line.
    var cookies: [String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any], "not a JSON object: \(text)")
    }

    /// The body as a JSON array.
    func jsonArray() throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]], "not a JSON array: \(text)")
    }
}

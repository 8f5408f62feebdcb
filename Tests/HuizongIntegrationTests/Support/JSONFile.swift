import Foundation
import Testing

/// Reading exported JSON in tests (values compared as the exact strings exported).
enum JSONFile {
    static func object(_ url: URL) throws -> [String: Any] {
        try object(Data(contentsOf: url))
    }

    static func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func object(_ text: String) throws -> [String: Any] {
        try object(Data(text.utf8))
    }

    /// The rows of an export keyed by `key` (base-data) or `code` (totals).
    static func rows(_ object: [String: Any], by field: String) throws -> [String: [String: Any]] {
        let rows = try #require(object["rows"] as? [[String: Any]])
        var byKey: [String: [String: Any]] = [:]
        for row in rows { byKey[try #require(row[field] as? String)] = row }
        return byKey
    }
}

import CLibPQ

/// Reads libpq's error and notice fields as Swift strings.
enum Diagnostics {
    // The PG_DIAG_* codes are character macros; spelled out here so they do not depend on how
    // the importer treats character literals.
    static let severity = UInt8(ascii: "S")
    static let sqlState = UInt8(ascii: "C")
    static let messagePrimary = UInt8(ascii: "M")
    static let messageDetail = UInt8(ascii: "D")
    static let messageHint = UInt8(ascii: "H")
    static let statementPosition = UInt8(ascii: "P")

    /// One diagnostic field of an error or notice result; nil when the server did not send it.
    static func field(_ result: OpaquePointer, _ code: UInt8) -> String? {
        guard let value = PQresultErrorField(result, Int32(code)) else { return nil }
        return String(cString: value)
    }

    /// The whole error text libpq attached to a result, trimmed.
    static func resultMessage(_ result: OpaquePointer) -> String {
        let text = PQresultErrorMessage(result).map { String(cString: $0) } ?? ""
        let trimmed = text.trimmedWhitespace
        return trimmed.isEmpty ? "unknown error" : trimmed
    }

    /// libpq's last connection-level error (`PQerrorMessage`), trimmed.
    static func connectionMessage(_ handle: OpaquePointer?) -> String {
        let text = PQerrorMessage(handle).map { String(cString: $0) } ?? ""
        let trimmed = text.trimmedWhitespace
        return trimmed.isEmpty ? "unknown connection error" : trimmed
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (libpq ends messages with "\n").
    var trimmedWhitespace: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }),
            let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}

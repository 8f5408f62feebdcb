/// What a cell holds.
public enum CellContent: Sendable, Equatable {
    /// Text, stored as a shared string. Text beginning with `=`, `+`, `-`, `@`, tab or carriage return is marked
    /// with a quote prefix (Excel's leading apostrophe) so that no spreadsheet ever evaluates it as a formula.
    case text(String)
    /// An exact decimal such as `3708.44`, `-12` or `0.5`: optional sign, digits, optional point and digits.
    /// Written verbatim (a leading `+` dropped), never through `Double`; anything else fails `Workbook.bytes()`.
    case number(String)

    /// Whether `lexical` is a decimal `number` accepts.
    public static func isValidNumber(_ lexical: String) -> Bool {
        var bytes = Substring(lexical).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }

    /// Whether text would start a formula (or DDE payload) if a user re-entered it or exported it to CSV.
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }
}

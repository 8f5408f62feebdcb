/// The workbook's shared strings: each distinct text once, in first-use order, referenced from cells by index.
struct SharedStringTable {
    private var strings: [String] = []
    /// Keyed by scalars, not `String`: Swift equates canonically equivalent texts, the file must not.
    private var indexByScalars: [[Unicode.Scalar]: Int] = [:]
    /// How many cells refer to a shared string (`count`; `uniqueCount` is `strings.count`).
    private var references = 0

    var isEmpty: Bool { strings.isEmpty }

    /// The index of `text`, adding it if new, and counts the reference.
    mutating func index(of text: String) -> Int {
        references += 1
        let key = Array(text.unicodeScalars)
        if let index = indexByScalars[key] { return index }
        strings.append(text)
        indexByScalars[key] = strings.count - 1
        return strings.count - 1
    }

    /// `sharedStrings.xml`.
    func part() -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open(
            "sst",
            [
                ("xmlns", WriterNamespace.spreadsheet), ("count", String(references)),
                ("uniqueCount", String(strings.count)),
            ])
        for string in strings {
            xml.open("si")
            let preserve = Self.needsPreserve(string) ? "preserve" : nil
            xml.element("t", [("xml:space", preserve)], content: Self.protectingEscapeLookalikes(string))
            xml.close("si")
        }
        xml.close("sst")
        return xml.bytes
    }

    /// Leading or trailing whitespace and line breaks survive only with `xml:space="preserve"`.
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        let whitespace: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r"]
        return whitespace.contains(first) || whitespace.contains(last)
            || text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" }
    }

    /// Excel reads `_xHHHH_` in a string as the character U+HHHH; text that merely looks like such an escape keeps
    /// its underscore by writing it as `_x005F_` (LibreOffice reads that the same way).
    static func protectingEscapeLookalikes(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains("_") else { return text }
        var result = String.UnicodeScalarView()
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "_" && looksLikeEscape(scalars[offset...]) {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `scalars` starts with `_x`, four hex digits and `_`.
    private static func looksLikeEscape(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let candidate = Array(scalars.prefix(7))
        return candidate.count == 7 && candidate[1] == "x" && candidate[6] == "_"
            && candidate[2...5].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}

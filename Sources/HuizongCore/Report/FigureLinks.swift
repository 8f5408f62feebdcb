/// Where the HTML report's figures link to (`huizong report --format html --figure-links BASE`,
/// and the portal's own HTML with BASE `/`): each figure's provenance page, BASE followed by
/// `figures?unit=NODE&year=YEAR&run=RUN&key=KEY`, the portal's `/figures` of the very run the
/// report was written from.
public struct FigureLinks: Sendable, Equatable {
    /// The portal's address, e.g. `https://huizong.example.org/` or `/`; a missing final `/`
    /// is added.
    public let base: String

    public init(base: String) {
        self.base = base.hasSuffix("/") ? base : base + "/"
    }

    /// The link of figure `key` of the report of `source`.
    func href(_ key: String, source: ExportSource) -> String {
        let query = [
            ("unit", source.nodeCode), ("year", String(source.fiscalYear)), ("run", String(source.runId)),
            ("key", key),
        ]
        return base + "figures?" + query.map { "\($0.0)=\(Self.encoded($0.1))" }.joined(separator: "&")
    }

    /// `value` percent-encoded for a query: unreserved characters (RFC 3986) as they are.
    static func encoded(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result +=
                    "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return result
    }
}

/// The COPY text format, row by row, into a byte buffer: for rows encoded ahead of time
/// (say on another thread) and sent later with `CopyWriter.writeRaw`.
public enum CopyText {
    /// Appends one row: fields tab-separated, a newline at the end; backslash, tab, newline
    /// and carriage return escaped; nil becomes `\N` (NULL).
    public static func appendRow(_ fields: [String?], to buffer: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            if let field {
                appendEscaped(field, to: &buffer)
            } else {
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "N"))
            }
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Escaping the backslash also keeps a field from ever forming the `\.` end marker.
    static func appendEscaped(_ field: String, to buffer: inout [UInt8]) {
        // Most fields need no escape: copied whole, not byte by byte (7 % of intake's time).
        let plain = field.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return false }
            buffer.append(contentsOf: bytes)
            return true
        }
        if plain == true { return }
        for byte in field.utf8 {
            let escaped: UInt8
            switch byte {
            case UInt8(ascii: "\\"): escaped = UInt8(ascii: "\\")
            case UInt8(ascii: "\t"): escaped = UInt8(ascii: "t")
            case UInt8(ascii: "\n"): escaped = UInt8(ascii: "n")
            case UInt8(ascii: "\r"): escaped = UInt8(ascii: "r")
            default:
                buffer.append(byte)
                continue
            }
            buffer.append(UInt8(ascii: "\\"))
            buffer.append(escaped)
        }
    }
}

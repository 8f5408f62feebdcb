/// Request bodies as clients send them: text with explicit CRLF line ends, and binary file contents.
enum FormFixtures {
    /// The UTF-8 bytes of `text`.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A file that looks like a boundary to a careless parser: CR LF pairs, lone CR and LF, `--` runs,
    /// the boundary without its last character, the boundary followed by other text,
    /// the closing boundary after a bare LF, and a closing CR LF.
    static func trickyFile(boundary: String) -> [UInt8] {
        [0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D, 0x0D, 0x0D, 0x0A, 0x0A] + bytes("\r\n--\r\n----\r\n--")
            + bytes("\r\n--" + boundary.dropLast()) + bytes("\r\n--\(boundary)X") + bytes("\n--\(boundary)--")
            + [0x50, 0x4B, 0x03, 0x04, 0x0D, 0x0A]
    }

    /// A body of `count` text fields `f1`, `f2`, … with the values `1`, `2`, ….
    static func fields(_ count: Int, boundary: String) -> [UInt8] {
        var text = ""
        for index in 1...count {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"f\(index)\"\r\n\r\n\(index)\r\n"
        }
        return bytes(text + "--\(boundary)--\r\n")
    }
}

extension XMLTokenizer {
    /// The UTF-8 text in `span`, with line ends normalized and, when `references` is set, the five predefined
    /// entities and numeric character references replaced. Any other entity is refused, never expanded.
    func decode(_ span: Range<Int>, references: Bool) throws -> String {
        let slice = buffer[span]
        let needsWork = slice.contains { $0 == UInt8(ascii: "&") && references || $0 == 0x0D }
        guard needsWork else { return try validated(slice, at: span.lowerBound) }
        var output: [UInt8] = []
        output.reserveCapacity(span.count)
        var index = span.lowerBound
        while index < span.upperBound {
            let byte = buffer[index]
            if byte == UInt8(ascii: "&") && references {
                index = try appendReference(at: index, limit: span.upperBound, to: &output)
                continue
            }
            if byte == 0x0D {
                // XML reads CR LF and a lone CR as LF.
                if index + 1 == span.upperBound || buffer[index + 1] != 0x0A { output.append(0x0A) }
            } else {
                output.append(byte)
            }
            index += 1
        }
        return try validated(output[...], at: span.lowerBound)
    }

    private func validated(_ bytes: ArraySlice<UInt8>, at index: Int) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw malformed(.notUTF8, at: index)
        }
        return text
    }

    /// Appends the character the reference at `start` stands for; returns the index past its `;`.
    private func appendReference(at start: Int, limit: Int, to output: inout [UInt8]) throws -> Int {
        let searchEnd = min(limit, start + 12)
        guard let semicolon = firstIndex(of: UInt8(ascii: ";"), from: start + 1, to: searchEnd) else {
            throw malformed(.unterminatedReference, at: start)
        }
        let name = buffer[(start + 1)..<semicolon]
        let reference = String(decoding: name, as: UTF8.self)
        if let scalar = name.first == UInt8(ascii: "#") ? Self.characterReference(name.dropFirst()) : nil {
            output.append(contentsOf: String(Character(scalar)).utf8)
        } else if let byte = Self.predefined[reference] {
            output.append(byte)
        } else if name.first == UInt8(ascii: "#") {
            throw malformed(.invalidCharacterReference(reference: reference), at: start)
        } else {
            throw malformed(.undefinedEntity(entity: reference), at: start)
        }
        return semicolon + 1
    }

    private static let predefined: [String: UInt8] = [
        "amp": UInt8(ascii: "&"), "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"),
        "quot": UInt8(ascii: "\""), "apos": UInt8(ascii: "'"),
    ]

    /// The scalar of `123` or `x7B`, if it is a character XML allows.
    private static func characterReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var body = digits
        var radix: UInt32 = 10
        if body.first == UInt8(ascii: "x") {
            radix = 16
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.count <= 8 else { return nil }
        var value: UInt32 = 0
        for byte in body {
            guard let digit = hexDigit(byte), digit < radix else { return nil }
            value = value * radix + digit
        }
        let allowed =
            value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
        return allowed ? Unicode.Scalar(value) : nil
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

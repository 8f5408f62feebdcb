/// C copies of statement parameters in the shape `PQexecParams` and `PQsendQueryParams` want.
enum BoundParameters {
    /// Calls `body` with parameter count, value pointers, lengths and formats; the copies live
    /// only for the duration of the call.
    static func with<R>(
        _ parameters: [PostgresValue?],
        _ body: (Int32, [UnsafePointer<CChar>?], [Int32], [Int32]) -> R
    ) throws(PostgresError) -> R {
        try validate(parameters)
        let copies = parameters.map { $0.map(copy) }
        defer { for copy in copies { copy?.deallocate() } }
        let values = copies.map { $0.map { UnsafePointer($0.baseAddress!) } }
        let lengths = parameters.map(length)
        let formats = parameters.map { $0.map(format) ?? 0 }
        return body(Int32(parameters.count), values, lengths, formats)
    }

    /// Text parameters travel as C strings, so an embedded NUL would silently cut them short.
    private static func validate(_ parameters: [PostgresValue?]) throws(PostgresError) {
        for (index, parameter) in parameters.enumerated() {
            guard case .text(let text)? = parameter, text.utf8.contains(0) else { continue }
            throw PostgresError(
                kind: .server,
                message:
                    "text parameter $\(index + 1) contains a NUL byte, which PostgreSQL text cannot hold",
                sqlState: "22021"
            )
        }
    }

    /// A heap copy: NUL-terminated for text, raw for bytes (at least one byte, since a null
    /// pointer would mean SQL NULL).
    private static func copy(_ value: PostgresValue) -> UnsafeMutableBufferPointer<CChar> {
        let bytes: [UInt8]
        switch value {
        case .text(let text): bytes = Array(text.utf8) + [0]
        case .bytes(let raw): bytes = raw.isEmpty ? [0] : raw
        }
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes.lazy.map { CChar(bitPattern: $0) })
        return buffer
    }

    /// libpq ignores lengths of text parameters; binary ones need the exact byte count.
    private static func length(_ value: PostgresValue?) -> Int32 {
        guard case .bytes(let raw)? = value else { return 0 }
        return Int32(raw.count)
    }

    /// 0 = text, 1 = binary.
    private static func format(_ value: PostgresValue) -> Int32 {
        if case .bytes = value { return 1 }
        return 0
    }
}

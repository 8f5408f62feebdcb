import CLibPQ

/// Writes rows into a running `COPY ... FROM STDIN`; only valid inside `Connection.copyIn`'s closure.
///
/// A class so the closure's `writer` parameter can be written to without `inout`.
public final class CopyWriter {
    /// libpq gets the data in chunks of this many bytes (the last one may be shorter).
    static let chunkSize = 64 * 1024

    private let handle: OpaquePointer
    private var buffer: [UInt8] = []
    private var isOpen = true
    /// Set when libpq refused data: the server's own error then explains more than ours.
    private(set) var hasFailed = false

    init(handle: OpaquePointer) {
        self.handle = handle
        buffer.reserveCapacity(2 * Self.chunkSize)
    }

    /// Writes one row in COPY text format: escapes backslash, tab, newline and carriage return;
    /// nil becomes `\N` (NULL). Data is buffered and sent in 64 KiB chunks with `PQputCopyData`.
    public func writeRow(_ fields: [String?]) throws(PostgresError) {
        guard isOpen else {
            throw PostgresError(kind: .copy, message: "CopyWriter used outside its copyIn closure")
        }
        append(fields)
        while buffer.count >= Self.chunkSize {
            try send(Self.chunkSize)
        }
    }

    /// Writes bytes already in the COPY's own format (say CSV text for `format csv`),
    /// passed through unchanged.
    public func writeRaw(_ bytes: [UInt8]) throws(PostgresError) {
        guard isOpen else {
            throw PostgresError(kind: .copy, message: "CopyWriter used outside its copyIn closure")
        }
        buffer.append(contentsOf: bytes)
        while buffer.count >= Self.chunkSize {
            try send(Self.chunkSize)
        }
    }

    /// Sends what is buffered and ends the COPY (`PQputCopyEnd` without an error).
    func finish() throws(PostgresError) {
        if !buffer.isEmpty { try send(buffer.count) }
        isOpen = false
        guard PQputCopyEnd(handle, nil) == 1 else { throw failure("PQputCopyEnd") }
    }

    /// Stops accepting rows, e.g. when a writer escapes its closure.
    func close() {
        isOpen = false
        buffer = []
    }

    /// Hands the first `count` buffered bytes to libpq.
    private func send(_ count: Int) throws(PostgresError) {
        let status = buffer.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) {
                PQputCopyData(handle, $0, Int32(count))
            }
        }
        // 1 = queued; 0 only happens in non-blocking mode, -1 is an error.
        guard status == 1 else { throw failure("PQputCopyData") }
        buffer.removeFirst(count)
    }

    private func failure(_ call: String) -> PostgresError {
        hasFailed = true
        isOpen = false
        return PostgresError(
            kind: .copy, message: "\(call) failed: \(Diagnostics.connectionMessage(handle))")
    }

    private func append(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            if let field {
                appendEscaped(field)
            } else {
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(UInt8(ascii: "N"))
            }
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Escaping the backslash also keeps a field from ever forming the `\.` end marker.
    private func appendEscaped(_ field: String) {
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

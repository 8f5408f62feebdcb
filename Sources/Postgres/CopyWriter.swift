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
    /// nil becomes `\N` (NULL). Data is buffered and sent once 64 KiB have gathered, with `PQputCopyData`.
    public func writeRow(_ fields: [String?]) throws(PostgresError) {
        guard isOpen else {
            throw PostgresError(kind: .copy, message: "CopyWriter used outside its copyIn closure")
        }
        append(fields)
        if buffer.count >= Self.chunkSize { try send(buffer.count) }
    }

    /// Writes bytes already in the COPY's own format (say CSV text for `format csv`),
    /// passed through unchanged.
    public func writeRaw(_ bytes: [UInt8]) throws(PostgresError) {
        try writeRaw(bytes[...])
    }

    /// Writes a slice of bytes already in the COPY's own format, passed through unchanged.
    public func writeRaw(_ bytes: ArraySlice<UInt8>) throws(PostgresError) {
        guard isOpen else {
            throw PostgresError(kind: .copy, message: "CopyWriter used outside its copyIn closure")
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunkSize { try send(buffer.count) }
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

    /// Hands the `count` buffered bytes, all of them, to libpq.
    private func send(_ count: Int) throws(PostgresError) {
        let status = buffer.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) {
                PQputCopyData(handle, $0, Int32(count))
            }
        }
        // 1 = queued; 0 only happens in non-blocking mode, -1 is an error.
        guard status == 1 else { throw failure("PQputCopyData") }
        // all of it at once: removing a chunk from the front would move the rest each time
        buffer.removeAll(keepingCapacity: true)
    }

    private func failure(_ call: String) -> PostgresError {
        hasFailed = true
        isOpen = false
        return PostgresError(
            kind: .copy, message: "\(call) failed: \(Diagnostics.connectionMessage(handle))")
    }

    private func append(_ fields: [String?]) {
        CopyText.appendRow(fields, to: &buffer)
    }
}

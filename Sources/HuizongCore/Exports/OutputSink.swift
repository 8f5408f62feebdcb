import Foundation

/// Where rendered text goes: a file or standard output, written in chunks so a large
/// export never sits whole in memory.
public final class OutputSink {
    private let handle: FileHandle?
    private let ownsHandle: Bool
    private var buffer: [UInt8] = []
    /// What a memory sink has received.
    public private(set) var bytes: [UInt8] = []
    private static let chunk = 64 * 1024

    /// Standard output.
    public static func standardOutput() -> OutputSink { OutputSink(handle: .standardOutput, ownsHandle: false) }

    /// A new (truncated) file.
    public static func file(_ url: URL) throws -> OutputSink {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw HuizongError.usage(.cannotWrite(path: url.path, reason: nil))
        }
        return OutputSink(handle: try FileHandle(forWritingTo: url), ownsHandle: true)
    }

    /// Memory, to hash an export without writing it anywhere.
    public static func memory() -> OutputSink { OutputSink(handle: nil, ownsHandle: false) }

    private init(handle: FileHandle?, ownsHandle: Bool) {
        self.handle = handle
        self.ownsHandle = ownsHandle
    }

    /// Appends text (UTF-8).
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Appends raw bytes (a byte-order mark, say).
    public func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Sends what is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        if let handle { handle.write(Data(buffer)) } else { bytes.append(contentsOf: buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes a file (standard output stays open).
    public func close() throws {
        flush()
        if ownsHandle { try handle?.close() }
    }
}

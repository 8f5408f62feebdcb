import Foundation
import Testing

/// `huizong serve` run as a real process on a free port, against a test database.
final class PortalServer {
    let process = Process()
    /// `http://127.0.0.1:PORT`
    let base: String
    /// Where the server's stderr (its access log) goes.
    let logFile: URL

    /// Starts the server and waits for its "listening on" line.
    convenience init(database: TestDatabase, arguments: [String] = []) throws {
        try self.init(conninfo: database.conninfo, arguments: arguments)
    }

    /// Starts the server on the database `conninfo` names.
    init(conninfo: String, arguments: [String] = []) throws {
        let directory = try HuizongBinary.temporaryDirectory()
        logFile = directory.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: HuizongBinary.path)
        process.arguments =
            ["serve", "--database", conninfo, "--host", "127.0.0.1", "--port", "0"] + arguments
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: logFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let line = try Self.firstLine(stdout.fileHandleForReading)
        let prefix = "listening on "
        try #require(
            line.hasPrefix(prefix),
            "serve printed \(line); log: \((try? String(contentsOf: logFile, encoding: .utf8)) ?? "")")
        base = String(line.dropFirst(prefix.count))
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Sends SIGTERM and waits; the exit status and the seconds it took.
    func stop() -> (status: Int32, seconds: Double) {
        let started = Date()
        process.terminate()
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(started))
    }

    /// What the server has logged so far.
    func log() throws -> String {
        try String(contentsOf: logFile, encoding: .utf8)
    }

    private static func firstLine(_ handle: FileHandle) throws -> String {
        var bytes: [UInt8] = []
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes += chunk
            if let newline = bytes.firstIndex(of: 0x0A) { return String(decoding: bytes[..<newline], as: UTF8.self) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

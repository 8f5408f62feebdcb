import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real `huizong serve` as a child process on a free port of 127.0.0.1, its output in
/// files (a pipe nobody reads would stall it once full).
final class PortalServer {
    let process = Process()
    /// `http://127.0.0.1:PORT`, from the first line the server prints.
    let base: String
    private let scratch: URL

    /// Starts the server on `database` and waits (at most `timeout` seconds) for its first
    /// stdout line, `listening on http://127.0.0.1:PORT`.
    init(database: TestDatabase, timeout: TimeInterval = 30) throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: HuizongBinary.path),
            "no huizong binary at \(HuizongBinary.path): build first")
        scratch = try HuizongBinary.temporaryDirectory()
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: HuizongBinary.path)
        process.arguments = ["serve", "--database", database.conninfo, "--host", "127.0.0.1", "--port", "0"]
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var firstLine: String?
        while firstLine == nil, Date() < deadline {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if let end = text.firstIndex(of: "\n") {
                firstLine = String(text[..<end])
            } else if !process.isRunning {
                break
            } else {
                usleep(50_000)
            }
        }
        guard let line = firstLine, line.hasPrefix("listening on http://127.0.0.1:") else {
            let exited = !process.isRunning
            if !exited { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let output = [out, err].map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
            try? FileManager.default.removeItem(at: scratch)
            let outcome =
                firstLine.map { "its first line: \($0)" }
                ?? (exited ? "exited \(process.terminationStatus) first" : "killed after \(timeout) s")
            throw NotStarted(
                description: "huizong serve did not print `listening on http://127.0.0.1:PORT` (\(outcome))"
                    + "\nstdout: \(output[0])\nstderr: \(output[1])")
        }
        base = String(line.dropFirst("listening on ".count)).trimmingCharacters(in: .whitespaces)
    }

    struct NotStarted: Error, CustomStringConvertible {
        var description: String
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: scratch)
    }

    var stdout: String { (try? String(contentsOf: scratch.appendingPathComponent("stdout"), encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: scratch.appendingPathComponent("stderr"), encoding: .utf8)) ?? "" }

    /// Sends SIGTERM; the exit status, or nil when the server was still running after
    /// `timeout` seconds (then it is killed).
    func terminate(timeout: TimeInterval = 10) -> Int32? {
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }
}

import Foundation
import Testing

/// The real `huizong` executable, run as a user would run it.
enum HuizongBinary {
    /// What one invocation printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `$HUIZONG_BIN` (set by `make test`), else the debug build in the source tree.
    static var path: String {
        if let path = ProcessInfo.processInfo.environment["HUIZONG_BIN"], !path.isEmpty { return path }
        return TestDatabase.files.root.appendingPathComponent(".build/debug/huizong").path
    }

    /// Runs `huizong` with `arguments` against `database` (its conninfo), in `directory`, with
    /// `input` on stdin (else nothing).
    static func run(
        _ arguments: [String], database: TestDatabase?, directory: URL? = nil,
        environment extra: [String: String] = [:],
        removing: [String] = [], executable: String? = nil, input: String? = nil
    ) throws -> Result {
        try #require(FileManager.default.isExecutableFile(atPath: path), "no huizong binary at \(path): build first")
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = database?.conninfo
        for (key, value) in extra { environment[key] = value }
        for key in removing { environment[key] = nil }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("hz-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? path)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        if let input {
            let stdin = scratch.appendingPathComponent("stdin")
            try Data(input.utf8).write(to: stdin)
            process.standardInput = try FileHandle(forReadingFrom: stdin)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// A fresh temporary directory for a test's files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hz-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import Foundation
@testable import HuizongCore
import Postgres
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A PostgreSQL server of one test's own, for tests that kill it: started by
/// `Tests/support/pg-cluster.sh` with synchronous commit on (`HUIZONG_PG_DURABLE=1`), as a
/// real server keeps it, in a fresh directory under /tmp; stopped and removed at the end.
final class OwnCluster {
    let directory: URL
    private static let script = TestDatabase.files.root.appendingPathComponent("Tests/support/pg-cluster.sh").path

    init() throws {
        // The socket's path must stay short (about 100 bytes): /tmp, not a deep temp dir.
        directory = URL(fileURLWithPath: "/tmp/hz-own-" + String(UInt64.random(in: .min ... .max), radix: 36))
        try Self.script("start", directory.path)
    }

    deinit {
        try? Self.script("stop", directory.path)
        try? FileManager.default.removeItem(at: directory)
    }

    /// libpq keyword string for `database` on this server.
    func conninfo(_ database: String) -> String {
        "host='\(directory.path)' dbname=\(database) user=postgres"
    }

    func connect(_ database: String = "postgres") throws -> Connection {
        try Connection(conninfo: conninfo(database), logger: TestDatabase.logger)
    }

    /// Creates `name`, a copy of `template` when given (nobody may be connected to it).
    func createDatabase(_ name: String, template: String? = nil) throws {
        let admin = try connect()
        defer { admin.close() }
        try admin.execute("create database \(name)" + (template.map { " template \($0)" } ?? ""), [])
    }

    /// Runs `huizong` against `database` and waits for it.
    func huizong(_ arguments: [String], database: String) throws -> HuizongBinary.Result {
        try HuizongBinary.run(arguments, database: nil, environment: ["DATABASE_URL": conninfo(database)])
    }

    /// Starts `huizong` against `database` without waiting.
    func start(_ arguments: [String], database: String) throws -> HuizongProcess {
        try HuizongProcess(arguments, conninfo: conninfo(database))
    }

    /// The postmaster's process id, from the first line of its lock file.
    func postmasterPID() throws -> pid_t {
        let lockFile = try String(
            contentsOf: directory.appendingPathComponent("data/postmaster.pid"), encoding: .utf8)
        return try #require(lockFile.split(separator: "\n").first.flatMap { pid_t($0) }, "no pid in postmaster.pid")
    }

    /// What a kill left behind: the postmaster's children when it died, and how long the
    /// last of them lived on (a backend finishes its statement, then notices it is alone).
    struct Kill {
        var children: Int
        var orphansLived: Double
    }

    /// `kill -9` of the postmaster alone, as the OOM killer would; then waits until its
    /// children have ended by themselves (at most `timeout` seconds).
    @discardableResult
    func killPostmaster(timeout: Double = 30) throws -> Kill {
        let postmaster = try postmasterPID()
        let children = Self.children(of: postmaster)
        try #require(Glibc.kill(postmaster, SIGKILL) == 0, "kill -9 \(postmaster): errno \(errno)")
        let killed = Date()
        while let alive = children.first(where: Self.isAlive) {
            try #require(
                Date().timeIntervalSince(killed) < timeout,
                "server process \(alive) still runs \(timeout) s after its postmaster was killed")
            usleep(10_000)
        }
        return Kill(children: children.count, orphansLived: Date().timeIntervalSince(killed))
    }

    /// Starts the server again on the same data (crash recovery), as soon as the killed
    /// one's processes are gone.
    func restart() throws {
        try Self.script("restart", directory.path)
    }

    /// Runs pg-cluster.sh through HuizongCore's `ExternalCommand`: Foundation's `Process`
    /// would wait for the descriptors the started server inherits and keeps open.
    private static func script(_ action: String, _ directory: String) throws {
        let command = ExternalCommand(
            executable: "/usr/bin/env", arguments: ["HUIZONG_PG_DURABLE=1", script, action, directory])
        let (status, output) = try command.run()
        try #require(status == 0, "pg-cluster.sh \(action) \(directory): \(output)")
    }

    /// Processes whose parent is `parent`, from /proc.
    private static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { procStat($0)?.parent == parent }
    }

    /// Whether `pid` runs (a zombie has ended).
    private static func isAlive(_ pid: pid_t) -> Bool {
        guard let state = procStat(pid)?.state else { return false }
        return state != "Z" && state != "X"
    }

    /// State and parent from /proc/PID/stat: "pid (comm) state ppid …", comm may hold spaces.
    private static func procStat(_ pid: pid_t) -> (state: Character, parent: pid_t)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 1, let state = fields[0].first, let parent = pid_t(fields[1]) else { return nil }
        return (state, parent)
    }
}

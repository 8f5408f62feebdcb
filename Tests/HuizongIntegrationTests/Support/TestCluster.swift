import Foundation
import Testing

/// A PostgreSQL cluster of one test's own (Tests/support/pg-cluster.sh), for tests that stop
/// and start the server under a running portal; removed when the test is done.
final class TestCluster {
    let directory: String
    /// libpq keywords for its `postgres` database.
    var conninfo: String { "host='\(directory)' dbname=postgres user=postgres" }
    private let script = TestDatabase.files.root.appendingPathComponent("Tests/support/pg-cluster.sh").path

    init() throws {
        directory = "/tmp/hz-cluster-\(UInt32.random(in: .min ... .max))"
        try #require(try Self.shell([script, "start", directory]) == 0, "cluster did not start in \(directory)")
    }

    deinit {
        _ = try? Self.shell([script, "stop", directory])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// `pg_ctl stop -m fast`: every connection is told the server is going away.
    func stop() throws {
        try #require(try Self.shell(asServer(["pg_ctl", "-D", directory + "/data", "-m", "fast", "-w", "stop"])) == 0)
    }

    /// Starts the stopped cluster again on its data, with the options the script gives it.
    func start() throws {
        let options =
            "-c listen_addresses='' -c unix_socket_directories='\(directory)' -c fsync=off -c max_connections=200"
        let arguments = [
            "pg_ctl", "-D", directory + "/data", "-l", directory + "/server.log", "-w", "-o", options, "start",
        ]
        try #require(try Self.shell(asServer(arguments)) == 0)
    }

    /// `pg_ctl` from the newest installed PostgreSQL, as the `postgres` user when we are root.
    private func asServer(_ arguments: [String]) throws -> [String] {
        let bin = try #require(
            try FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql").sorted {
                $0.compare($1, options: .numeric) == .orderedAscending
            }.last)
        let command = ["/usr/lib/postgresql/\(bin)/bin/" + arguments[0]] + arguments.dropFirst()
        return getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + command : command
    }

    /// Runs a program and waits for it with `waitpid`: Foundation's `Process` did not reap
    /// a script whose grandchild (the postmaster) lives on.
    @discardableResult
    private static func shell(_ arguments: [String]) throws -> Int32 {
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let spawned = posix_spawnp(&pid, argv[0]!, &actions, nil, argv, environ)
        try #require(spawned == 0, "cannot run \(arguments[0])")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xff
    }
}

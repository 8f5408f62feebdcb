import Foundation

/// Runs a program to completion, its output captured in a temporary file (not a pipe: a
/// server the program starts in the background must not inherit and hold our pipe open).
struct ExternalCommand {
    let executable: String
    let arguments: [String]

    /// Runs `executable` as the `postgres` user through `runuser` when we are root, since
    /// PostgreSQL's server programs refuse to run as root.
    static func asServerUser(_ executable: String, _ arguments: [String]) -> ExternalCommand {
        if geteuid() == 0 {
            return ExternalCommand(
                executable: "/usr/sbin/runuser", arguments: ["-u", "postgres", "--", executable] + arguments)
        }
        return ExternalCommand(executable: executable, arguments: arguments)
    }

    /// Runs the program; returns its exit status and combined output.
    ///
    /// Spawned with `posix_spawn` and reaped with `waitpid` rather than Foundation's
    /// `Process`, whose exit detection waits for descriptors that a server started in the
    /// background (pg_ctl start) inherits and keeps open.
    func run() throws -> (status: Int32, output: String) {
        // Without a deadline there is no timing out.
        try run(deadline: nil)!
    }

    /// Runs the program in a process group of its own; when it has not exited after
    /// `timeout`, kills the whole group (a program that starts helpers, as soffice starts
    /// soffice.bin) and returns nil.
    func run(timeout: Duration) throws -> (status: Int32, output: String)? {
        try run(deadline: ContinuousClock.now + timeout)
    }

    private func run(deadline: ContinuousClock.Instant?) throws -> (status: Int32, output: String)? {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("huizong-cmd-\(getpid())-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // A server started through this program lives on after us: it must hold none of
        // our descriptors (a parent's exit monitor among them), only the three above.
        for descriptor in Self.openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if deadline != nil {
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw HuizongError.cluster(
                .cannotRunProgram(path: executable, reason: String(cString: strerror(spawned))))
        }
        var status: Int32 = 0
        if let deadline {
            guard Self.wait(pid, &status, until: deadline) else {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return nil
            }
        } else {
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitStatus, output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Polls for `pid`'s exit until `deadline`; whether it exited.
    private static func wait(_ pid: pid_t, _ status: inout Int32, until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return true }
            if reaped < 0 && errno != EINTR { return true }
            if ContinuousClock.now >= deadline { return false }
            usleep(20_000)
        }
    }

    /// The descriptors this process has open now.
    private static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) >= 0 }
    }
}

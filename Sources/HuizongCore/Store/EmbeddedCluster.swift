import Foundation

/// Huizong's private PostgreSQL cluster: created and started on demand under
/// `$HUIZONG_HOME` from the system's PostgreSQL binaries, reachable only through a Unix
/// socket in that directory. Its data stays there between commands.
public struct EmbeddedCluster: Sendable {
    /// The directory that holds the cluster (`pgdata/`, `run/`, `postgres.log`).
    public let home: URL

    /// A cluster in an explicit directory.
    public init(home: URL) {
        self.home = home
    }

    /// The cluster in `$HUIZONG_HOME`, else `/var/lib/huizong` for root, else
    /// `~/.local/share/huizong` (spec/cli.md).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> EmbeddedCluster
    {
        if let home = environment["HUIZONG_HOME"], !home.isEmpty {
            return EmbeddedCluster(home: URL(fileURLWithPath: home))
        }
        if geteuid() == 0 {
            return EmbeddedCluster(home: URL(fileURLWithPath: "/var/lib/huizong"))
        }
        let userHome = environment["HOME"] ?? NSHomeDirectory()
        return EmbeddedCluster(home: URL(fileURLWithPath: userHome).appendingPathComponent(".local/share/huizong"))
    }

    var dataDirectory: URL { home.appendingPathComponent("pgdata") }
    var socketDirectory: URL { home.appendingPathComponent("run") }
    var logFile: URL { home.appendingPathComponent("postgres.log") }

    /// libpq connection parameters for the cluster's `huizong` database.
    public var conninfo: String {
        "host='\(socketDirectory.path)' user=huizong dbname=huizong"
    }

    /// libpq connection parameters for the maintenance database (to create `huizong`).
    var maintenanceConninfo: String {
        "host='\(socketDirectory.path)' user=huizong dbname=postgres"
    }

    /// Whether the cluster has been created.
    public var isInitialized: Bool {
        FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("PG_VERSION").path)
    }

    /// Whether the server runs (pg_ctl status).
    public func isRunning() throws -> Bool {
        guard isInitialized else { return false }
        let binaries = try PostgresBinaries.locate()
        let status = try ExternalCommand.asServerUser(binaries.path("pg_ctl"), ["-D", dataDirectory.path, "status"])
            .run()
        return status.status == 0
    }

    /// Creates the cluster if needed and starts it if it is not running. Safe to call
    /// from several processes at once: they take turns on a lock file.
    public func start() throws {
        try prepareHome()
        try withLock {
            let binaries = try PostgresBinaries.locate()
            if !isInitialized { try initialize(binaries) }
            if try !isRunning() { try launch(binaries) }
        }
    }

    /// Stops the server (fast shutdown); does nothing if it is not running.
    public func stop() throws {
        guard try isRunning() else { return }
        let binaries = try PostgresBinaries.locate()
        let result = try ExternalCommand.asServerUser(
            binaries.path("pg_ctl"), ["-D", dataDirectory.path, "-m", "fast", "-w", "stop"]
        ).run()
        guard result.status == 0 else {
            throw HuizongError.cluster(.clusterStopFailed(output: result.output))
        }
    }

    private func prepareHome() throws {
        let manager = FileManager.default
        for directory in [home, socketDirectory] {
            try manager.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        guard geteuid() == 0 else { return }
        // The server runs as `postgres`: it must own the directory and reach it.
        guard let user = getpwnam("postgres") else {
            throw HuizongError.cluster(.noPostgresUser)
        }
        for directory in [home, socketDirectory] {
            guard chown(directory.path, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw HuizongError.cluster(.cannotHandToPostgres(path: directory.path))
            }
        }
        try checkTraversable(by: user.pointee.pw_uid)
    }

    private func checkTraversable(by uid: uid_t) throws {
        var directory = home.deletingLastPathComponent()
        while directory.path != "/" {
            var info = stat()
            if stat(directory.path, &info) == 0, info.st_uid != uid, info.st_mode & 0o001 == 0 {
                throw HuizongError.cluster(.clusterHomeUnreachable(home: home.path, closed: directory.path))
            }
            directory = directory.deletingLastPathComponent()
        }
    }

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        let descriptor = open(home.appendingPathComponent(".lock").path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HuizongError.cluster(.clusterLockFile(directory: home.path)) }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private func initialize(_ binaries: PostgresBinaries) throws {
        let result = try ExternalCommand.asServerUser(
            binaries.path("initdb"),
            [
                "-D", dataDirectory.path, "-U", "huizong", "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8",
            ]
        ).run()
        guard result.status == 0 else {
            throw HuizongError.cluster(.initdbFailed(directory: dataDirectory.path, output: result.output))
        }
        let settings = EmbeddedSettings.configuration(socketDirectory: socketDirectory.path)
        let config = dataDirectory.appendingPathComponent("postgresql.conf")
        let handle = try FileHandle(forWritingTo: config)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
    }

    private func launch(_ binaries: PostgresBinaries) throws {
        let result = try ExternalCommand.asServerUser(
            binaries.path("pg_ctl"),
            ["-D", dataDirectory.path, "-l", logFile.path, "-w", "-t", "120", "start"]
        ).run()
        guard result.status == 0 else {
            let log = (try? String(contentsOf: logFile, encoding: .utf8))?.suffix(2000) ?? ""
            throw HuizongError.cluster(.clusterStartFailed(output: result.output, log: String(log)))
        }
    }
}

import Foundation
import Logging
import Postgres

/// Where a command's data lives (spec/cli.md): `--database`, else `DATABASE_URL`, else
/// libpq's `PG*` variables, else the embedded cluster.
public enum DatabaseTarget: Sendable {
    /// A libpq URL or keyword string given by the user.
    case url(String)
    /// libpq reads `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE` itself.
    case environment
    /// Huizong's own cluster, started on demand.
    case embedded(EmbeddedCluster)

    /// Picks the target by the documented order of precedence.
    public static func resolve(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> DatabaseTarget {
        if let option, !option.isEmpty { return .url(option) }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .url(url) }
        let libpqVariables = ["PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE"]
        if libpqVariables.contains(where: { environment[$0].map { !$0.isEmpty } ?? false }) {
            return .environment
        }
        return .embedded(EmbeddedCluster.fromEnvironment(environment))
    }

    /// The libpq connection string for this target (the embedded cluster's once started).
    public var conninfo: String {
        switch self {
        case .url(let url): return url
        case .environment: return ""
        case .embedded(let cluster): return cluster.conninfo
        }
    }

    /// Opens a connection; for the embedded cluster, starts it and creates its database
    /// first, then applies any pending migrations (unless `migrate` is false: a restore
    /// wants the database empty) so a fresh machine just works.
    public func connect(files: ProjectFiles, logger: Logger, migrate: Bool = true) throws -> Connection {
        do {
            switch self {
            case .url(let url):
                return try Connection(conninfo: url, logger: logger)
            case .environment:
                return try Connection(conninfo: "", logger: logger)
            case .embedded(let cluster):
                try cluster.start()
                let connection = try Self.openCreatingDatabase(cluster, logger: logger)
                if migrate { try Migrator(files: files, logger: logger).migrate(connection) }
                return connection
            }
        } catch let error as PostgresError {
            throw HuizongError.database(error)
        }
    }

    private static func openCreatingDatabase(_ cluster: EmbeddedCluster, logger: Logger) throws -> Connection {
        if let connection = try? Connection(conninfo: cluster.conninfo, logger: logger) { return connection }
        // The first connection after the cluster was created: make its database.
        let maintenance = try Connection(conninfo: cluster.maintenanceConninfo, logger: logger)
        defer { maintenance.close() }
        if try maintenance.execute("select 1 from pg_database where datname = 'huizong'").count == 0 {
            try maintenance.execute("create database huizong")
        }
        return try Connection(conninfo: cluster.conninfo, logger: logger)
    }
}

extension DatabaseTarget {
    /// The `--dbname` that makes pg_dump and pg_restore reach the database `connection` is
    /// open on (libpq's `PG*` variables, inherited, supply the rest for `.environment`).
    func toolArguments(_ connection: Connection) throws -> [String] {
        switch self {
        case .url(let url): return ["--dbname=\(url)"]
        case .embedded(let cluster): return ["--dbname=\(cluster.conninfo)"]
        case .environment:
            let name = try connection.execute("select current_database() as d").first!.decode(String.self, "d")
            return ["--dbname=\(name)"]
        }
    }

    /// The target as a refusal names it: the embedded cluster's home, else the database's
    /// name (never the URL, which may hold a password).
    func label(_ connection: Connection) throws -> String {
        if case .embedded(let cluster) = self { return cluster.home.path }
        let name = try connection.execute("select current_database() as d").first!.decode(String.self, "d")
        return "database \(name)"
    }
}

import Postgres

/// The errors Huizong reports to its users, each mapped to a documented exit code.
public enum HuizongError: Error, CustomStringConvertible, Sendable {
    /// Wrong usage: unknown unit, missing file, bad flag value (exit 2).
    case usage(String)
    /// The input was refused (exit 1).
    case refused(String)
    /// The database could not be reached or failed (exit 5).
    case database(PostgresError)
    /// The embedded cluster could not be created or started (exit 5).
    case cluster(String)
    /// Another run holds the lock for the node and year (exit 4).
    case locked(String)

    public var description: String {
        switch self {
        case .usage(let message), .refused(let message), .cluster(let message), .locked(let message):
            return message
        case .database(let error):
            return "database: \(error)"
        }
    }

    /// The exit code `spec/cli.md` gives for this error.
    public var exitCode: Int32 {
        switch self {
        case .usage: return 2
        case .refused: return 1
        case .database, .cluster: return 5
        case .locked: return 4
        }
    }
}

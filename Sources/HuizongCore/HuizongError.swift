import Postgres

/// The errors Huizong reports to its users, each mapped to a documented exit code. Each
/// carries a `Refusal`, whose text is rendered in the language asked for.
public enum HuizongError: Error, CustomStringConvertible, Sendable {
    /// Wrong usage: unknown unit, missing file, bad flag value (exit 2).
    case usage(Refusal)
    /// The input was refused (exit 1).
    case refused(Refusal)
    /// The database could not be reached or failed (exit 5).
    case database(PostgresError)
    /// The embedded cluster could not be created or started (exit 5).
    case cluster(Refusal)
    /// Another run holds the lock for the node and year (exit 4).
    case locked(Refusal)

    /// The refusal, nil for a database error (its text is the server's).
    public var refusal: Refusal? {
        switch self {
        case .usage(let refusal), .refused(let refusal), .cluster(let refusal), .locked(let refusal): refusal
        case .database: nil
        }
    }

    /// The error in `language`; a database error keeps the server's own text.
    public func message(_ language: Language) -> String {
        switch self {
        case .usage(let refusal), .refused(let refusal), .cluster(let refusal), .locked(let refusal):
            refusal.message(language)
        case .database(let error): "database: \(error)"
        }
    }

    /// The English message, as the command line prints it by default.
    public var description: String { message(.en) }

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

import CLibPQ

/// An error reported by the server, by libpq, or while reading a value out of a row.
///
/// `description` never contains bound parameter values: only the server's message, detail and hint.
public struct PostgresError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    /// Where an error came from.
    public enum Kind: Sendable, Equatable {
        /// Connecting failed, or the connection is closed or was lost.
        case connection
        /// The server rejected a statement; `sqlState` says why. Also used when a COPY's data is rejected.
        case server
        /// The client side of a COPY failed (libpq could not queue or end the data stream).
        case copy
        /// A value was missing, NULL, or not of the requested type.
        case decode
        /// The wrapper was used in a way libpq cannot serve, e.g. a COPY passed to `execute`
        /// or a statement issued while `forEachRow` or `copyIn` is still running.
        case protocolViolation
    }

    /// Where the error came from.
    public let kind: Kind
    /// The five-character SQLSTATE code (`PG_DIAG_SQLSTATE`), when the server sent one.
    public let sqlState: String?
    /// The primary message (`PG_DIAG_MESSAGE_PRIMARY`, or libpq's `PQerrorMessage` for connection errors).
    public let message: String
    /// The server's optional detail line.
    public let detail: String?
    /// The server's optional hint line.
    public let hint: String?
    /// The 1-based character position in the statement where the error was found, as sent by the server.
    public let position: String?

    init(
        kind: Kind,
        message: String,
        sqlState: String? = nil,
        detail: String? = nil,
        hint: String? = nil,
        position: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.position = position
    }

    /// `ERROR 23505: message`, followed by `DETAIL:` and `HINT:` lines when present.
    public var description: String {
        var lines = [headline]
        if let detail { lines.append("DETAIL: \(detail)") }
        if let hint { lines.append("HINT: \(hint)") }
        return lines.joined(separator: "\n")
    }

    /// Every field, for debugging.
    public var debugDescription: String {
        "PostgresError(kind: .\(kind), sqlState: \(quoted(sqlState)), message: \(quoted(message)), "
            + "detail: \(quoted(detail)), hint: \(quoted(hint)), position: \(quoted(position)))"
    }

    private var headline: String {
        if let sqlState { return "ERROR \(sqlState): \(message)" }
        switch kind {
        case .connection: return "connection error: \(message)"
        case .server: return "ERROR: \(message)"
        case .copy: return "COPY error: \(message)"
        case .decode: return "decode error: \(message)"
        case .protocolViolation: return "protocol violation: \(message)"
        }
    }

    private func quoted(_ text: String?) -> String {
        text.map { "\"\($0)\"" } ?? "nil"
    }
}

extension PostgresError {
    /// The error carried by a failed `PGresult`; kind `.connection` when the link itself is gone,
    /// so callers can tell "reconnect" from "fix the statement".
    init(result: OpaquePointer, connection: OpaquePointer) {
        let field = { (code: UInt8) in Diagnostics.field(result, code) }
        let kind: Kind
        if PQresultStatus(result) == PGRES_BAD_RESPONSE {
            kind = .protocolViolation
        } else if PQstatus(connection) == CONNECTION_BAD {
            kind = .connection
        } else {
            kind = .server
        }
        self.init(
            kind: kind,
            message: field(Diagnostics.messagePrimary) ?? Diagnostics.resultMessage(result),
            sqlState: field(Diagnostics.sqlState),
            detail: field(Diagnostics.messageDetail),
            hint: field(Diagnostics.messageHint),
            position: field(Diagnostics.statementPosition)
        )
    }

    /// An error built from libpq's connection-level message (`PQerrorMessage`).
    static func connection(_ handle: OpaquePointer?) -> PostgresError {
        PostgresError(kind: .connection, message: Diagnostics.connectionMessage(handle))
    }

    /// A decode error; the message names the column, never its value.
    static func decode(_ message: String) -> PostgresError {
        PostgresError(kind: .decode, message: message)
    }

    /// A misuse of the connection that libpq cannot serve.
    static func protocolViolation(_ message: String) -> PostgresError {
        PostgresError(kind: .protocolViolation, message: message)
    }
}

/// A statement whose interpolated values become bound parameters, never SQL text.
///
/// ```swift
/// let query: SQLQuery = "select name from unit where unit_code = \(code) and fiscal_year = \(year)"
/// // query.sql == "select name from unit where unit_code = $1 and fiscal_year = $2::int8"
/// ```
///
/// Each value turns into a `$n` placeholder, cast to its `PostgresEncodable.postgresType` so the
/// server knows the type even for NULL. Literal segments are SQL text; do not write `$n`
/// placeholders in them. Other SQL comes in only through `\(unsafeRaw:)` or `\(fragment:)`.
public struct SQLQuery: ExpressibleByStringInterpolation, CustomStringConvertible, Sendable {
    /// One stretch of the statement: SQL text, or a value awaiting its placeholder number.
    enum Piece: Sendable {
        case sql(String)
        case parameter(PostgresValue?, type: String?)
    }

    private(set) var pieces: [Piece]

    /// A statement made of SQL text only.
    ///
    /// A literal is SQL written in the source; calling this with a runtime string bypasses the
    /// binding, exactly like `\(unsafeRaw:)`.
    public init(stringLiteral sql: String) {
        pieces = [.sql(sql)]
    }

    /// A statement built by string interpolation (see `StringInterpolation`).
    public init(stringInterpolation: StringInterpolation) {
        pieces = stringInterpolation.pieces
    }

    /// The statement text with its placeholders numbered `$1`, `$2`... in order.
    public var sql: String {
        var text = ""
        var number = 0
        for piece in pieces {
            switch piece {
            case .sql(let sql):
                text += sql
            case .parameter(_, let type):
                number += 1
                text += "$\(number)" + (type.map { "::\($0)" } ?? "")
            }
        }
        return text
    }

    /// The bound values, in placeholder order; nil is SQL NULL.
    public var parameters: [PostgresValue?] {
        pieces.compactMap { piece in
            guard case .parameter(let value, _) = piece else { return nil }
            return .some(value)
        }
    }

    /// The statement text; never the bound values, so it is safe to log.
    public var description: String { sql }

    /// Appends `other`, whose placeholders are renumbered to follow this query's.
    public mutating func append(_ other: SQLQuery) {
        pieces += other.pieces
    }

    /// Collects the pieces of an interpolated `SQLQuery`.
    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        var pieces: [Piece] = []

        /// Starts an empty statement.
        public init(literalCapacity: Int, interpolationCount: Int) {
            pieces.reserveCapacity(2 * interpolationCount + 1)
        }

        /// Appends SQL text written in the source.
        public mutating func appendLiteral(_ literal: String) {
            guard !literal.isEmpty else { return }
            // `\(text)0` would otherwise read as `$10`, another parameter.
            let separator = startsLikeAName(literal) && endsWithParameter ? " " : ""
            pieces.append(.sql(separator + literal))
        }

        /// Appends `value` as a bound parameter: `$n`, cast to the value's PostgreSQL type.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            pieces.append(.parameter(value.postgresValue, type: Value.postgresType))
        }

        /// Appends an optional value: SQL NULL when nil, cast to the wrapped type either way.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            pieces.append(.parameter(value.postgresValue, type: Value.postgresType))
        }

        /// Appends SQL text as is. Only for constants and SQL files of the project (a column list,
        /// an `order by` chosen from a fixed set), never for anything a user typed or sent.
        public mutating func appendInterpolation(unsafeRaw sql: String) {
            pieces.append(.sql(sql))
        }

        /// Appends another query; its placeholders are renumbered to follow the ones before it.
        public mutating func appendInterpolation(fragment: SQLQuery) {
            pieces += fragment.pieces
        }

        private var endsWithParameter: Bool {
            guard case .parameter? = pieces.last else { return false }
            return true
        }

        private func startsLikeAName(_ literal: String) -> Bool {
            guard let first = literal.unicodeScalars.first else { return false }
            return first == "_" || first == "$" || first.properties.isAlphabetic
                || ("0"..."9").contains(first)
        }
    }
}

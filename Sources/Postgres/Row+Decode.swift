extension Row {
    /// Column `name` as `T`: `row.decode(Int64.self, "id")`, `row.decode(Date?.self, "closed_at")`.
    ///
    /// Throws a `.decode` error naming the column (never quoting its value) when there is no
    /// such column, when it is NULL and `T` is not optional, or when its text is not a `T`.
    public func decode<T: PostgresDecodable>(_ type: T.Type, _ name: String) throws(PostgresError) -> T {
        guard let index = columns.firstIndex(of: name) else {
            throw .decode("no column named \"\(name)\"")
        }
        return try decode(type, at: index)
    }

    /// The column at `index` (0-based) as `T`; like `decode(_:_:)`, and an out-of-range index
    /// is a decode error rather than a trap.
    public func decode<T: PostgresDecodable>(_ type: T.Type, at index: Int) throws(PostgresError) -> T {
        guard columns.indices.contains(index) else {
            throw .decode("no column at index \(index) of \(columns.count)")
        }
        let column = "column \"\(columns[index])\""
        guard let text = values[index] else {
            guard let null = T.postgresNull else { throw .decode("\(column) is NULL") }
            return null
        }
        do {
            return try T(postgresText: text)
        } catch {
            throw .decode("\(column) \(error.reason)")
        }
    }
}

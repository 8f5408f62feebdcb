import CLibPQ

/// One result row, all values in PostgreSQL's text format (NUMERIC stays exact text).
public struct Row: Sendable {
    /// Column names, shared by every row of a result.
    public let columns: [String]
    let values: [String?]

    init(columns: [String], values: [String?]) {
        self.columns = columns
        self.values = values
    }

    /// Copies row `row` out of a libpq result.
    init(result: OpaquePointer, row: Int32, columns: [String]) {
        let values = (0..<Int32(columns.count)).map { column -> String? in
            guard PQgetisnull(result, row, column) == 0, let bytes = PQgetvalue(result, row, column)
            else {
                return nil
            }
            let buffer = UnsafeRawBufferPointer(
                start: bytes, count: Int(PQgetlength(result, row, column)))
            return String(decoding: buffer, as: UTF8.self)
        }
        self.init(columns: columns, values: values)
    }

    /// The column names of a libpq result.
    static func columnNames(of result: OpaquePointer) -> [String] {
        (0..<PQnfields(result)).map { column in
            PQfname(result, column).map { String(cString: $0) } ?? ""
        }
    }

    /// The text value at `index` (traps when out of range, like an array); nil means SQL NULL.
    public subscript(_ index: Int) -> String? {
        values[index]
    }

    /// The text value of the first column called `name`; nil for SQL NULL or an unknown column.
    public subscript(_ name: String) -> String? {
        columns.firstIndex(of: name).flatMap { values[$0] }
    }

    /// The non-NULL text of column `name`, or a decode error naming the column.
    public func string(_ name: String) throws(PostgresError) -> String {
        guard let index = columns.firstIndex(of: name) else {
            throw .decode("no column named \"\(name)\"")
        }
        guard let value = values[index] else {
            throw .decode("column \"\(name)\" is NULL")
        }
        return value
    }

    /// Column `name` as an `Int`, or a decode error naming the column (never its value).
    public func int(_ name: String) throws(PostgresError) -> Int {
        guard let value = Int(try string(name)) else {
            throw .decode("column \"\(name)\" is not an integer")
        }
        return value
    }

    /// Column `name` as a `Bool` (text format `t` / `f`), or a decode error naming the column.
    public func bool(_ name: String) throws(PostgresError) -> Bool {
        switch try string(name) {
        case "t": return true
        case "f": return false
        default: throw .decode("column \"\(name)\" is not a boolean")
        }
    }
}

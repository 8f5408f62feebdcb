import Foundation
import Postgres
import Testing

/// Every `PostgresEncodable` type sent to the server and decoded back, with the server's own
/// view of the value checked too.
@Suite struct TypedRoundTripTests {
    /// `value` through `select $1::type`, decoded as the same type.
    static func echo<T: PostgresEncodable & PostgresDecodable>(_ value: T, _ connection: Connection) throws -> T {
        try #require(connection.execute(SQLQuery("select \(value) as v")).first).decode(T.self, "v")
    }

    /// The server's text rendering of `value`.
    static func serverText<T: PostgresEncodable>(_ value: T, _ connection: Connection) throws -> String? {
        try #require(connection.execute(SQLQuery("select (\(value))::text as v")).first)["v"]
    }

    @Test func integersAndBooleans() throws {
        let connection = try TestDatabase.connect()
        for value in [Int64.min, -1, 0, 9_007_199_254_740_993, Int64.max] {
            #expect(try Self.echo(value, connection) == value)
            #expect(try Self.serverText(value, connection) == String(value))
        }
        for value in [Int.min, -42, Int.max] { #expect(try Self.echo(value, connection) == value) }
        for value in [Int32.min, -7, Int32.max] { #expect(try Self.echo(value, connection) == value) }
        #expect(try Self.echo(true, connection) == true)
        #expect(try Self.echo(false, connection) == false)
    }

    @Test func stringsKeepEveryCharacter() throws {
        let connection = try TestDatabase.connect()
        for value in ["", "it's \"quoted\" \\ back\\slash\ttab\nnewline", "汇总 ✓ 🎉", "NULL", "{a,b}"] {
            #expect(try Self.echo(value, connection) == value)
        }
        #expect(try Self.echo(PostgresJSON(#"{"a": [1, "x"]}"#), connection).text == #"{"a": [1, "x"]}"#)
    }

    @Test func decimalIsExact() throws {
        let connection = try TestDatabase.connect()
        for text in ["12345678901234567.89", "-0.01", "0", "99999999999999999999999999999999999.999"] {
            let value = try #require(Decimal(string: text))
            #expect(try Self.serverText(value, connection) == text)
            #expect(try Self.echo(value, connection).description == text)
        }
        let onePointFive = try #require(Decimal(string: "1.5"))
        let stored = try #require(try connection.execute(SQLQuery("select \(onePointFive)::numeric(18,2) as v")).first)
        #expect(stored["v"] == "1.50")
        #expect(try stored.decode(Decimal.self, "v") == onePointFive)
    }

    @Test func datesKeepMicroseconds() throws {
        let connection = try TestDatabase.connect()
        try connection.execute("set timezone = 'UTC'")
        let cases: [(Double, String)] = [
            (1_679_298_600.123456, "2023-03-20 07:50:00.123456+00"),
            (0, "1970-01-01 00:00:00+00"),
            (-1.000001, "1969-12-31 23:59:58.999999+00"),
            (253_402_300_799.5, "9999-12-31 23:59:59.5+00"),
            (-62_135_683_200, "0001-12-31 00:00:00+00 BC"),
        ]
        for (seconds, text) in cases {
            let date = Date(timeIntervalSince1970: seconds)
            let shown = try Self.serverText(date, connection)
            #expect(shown == text, "\(shown ?? "NULL")")
            let back = try Self.echo(date, connection)
            #expect(abs(back.timeIntervalSince(date)) < 0.000_000_5, "\(text)")
            #expect(try Self.echo(back, connection) == back, "\(text) is stable once rounded")
        }
    }

    @Test func byteaCarriesAllByteValues() throws {
        let connection = try TestDatabase.connect()
        let bytes = (0...255).map(UInt8.init) + [0, 0]
        #expect(try Self.echo(bytes, connection) == bytes)
        #expect(try Self.echo([UInt8](), connection) == [])
        #expect(try Self.echo(Data(bytes), connection) == Data(bytes))
        let length = try connection.execute(SQLQuery("select octet_length(\(bytes)) as n")).first
        #expect(try length?.decode(Int.self, "n") == 258)
    }

    @Test func arraysAreBuiltAndParsedByTheLibrary() throws {
        let connection = try TestDatabase.connect()
        let strings = [
            "plain", "with space", " padded ", "comma,inside", "{braces}", "\"quotes\"", "back\\slash",
            "NULL", "null", "", "汇总", "🎉", "a\"b\\c,d{e}f",
        ]
        #expect(try Self.echo(strings, connection) == strings)
        let count = try connection.execute(
            SQLQuery("select cardinality(\(strings)) as n, (\(strings))[8] is null as eighth_null")
        ).first
        #expect(try count?.decode(Int.self, "n") == strings.count)
        #expect(try count?.decode(Bool.self, "eighth_null") == false)
        #expect(try Self.echo([String](), connection) == [])
        let numbers: [Int64] = [Int64.min, -1, 0, Int64.max]
        #expect(try Self.echo(numbers, connection) == numbers)
        #expect(try Self.echo([Int64](), connection) == [])
        #expect(try Self.echo([3, 2, 1], connection) == [3, 2, 1])
        #expect(try Self.echo([Int32(-5)], connection) == [-5])
        #expect(try Self.serverText([1, -2] as [Int64], connection) == "{1,-2}")
    }

    @Test func nullsKeepTheirTypeAndDecodeToNil() throws {
        let connection = try TestDatabase.connect()
        let query: SQLQuery = """
            select pg_typeof(\(Int64?.none))::text as int8, pg_typeof(\(Bool?.none))::text as bool,
                   pg_typeof(\(Decimal?.none))::text as numeric, pg_typeof(\(Date?.none))::text as ts,
                   pg_typeof(\([String]?.none))::text as texts, pg_typeof(\([UInt8]?.none))::text as bytes,
                   \(Int?.none) as n, \(String?.none) as s, \([Int64]?.none) as ids, \(Date?.none) as d
            """
        let row = try #require(try connection.execute(query).first)
        #expect(row["int8"] == "bigint")
        #expect(row["bool"] == "boolean")
        #expect(row["numeric"] == "numeric")
        #expect(row["ts"] == "timestamp with time zone")
        #expect(row["texts"] == "text[]")
        #expect(row["bytes"] == "bytea")
        #expect(try row.decode(Int?.self, "n") == nil)
        #expect(try row.decode(String?.self, "s") == nil)
        #expect(try row.decode([Int64]?.self, "ids") == nil)
        #expect(try row.decode(Date?.self, "d") == nil)
        #expect(try Self.echo(Int64?.some(5), connection) == 5)
    }
}

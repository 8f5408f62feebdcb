import Foundation
import Postgres
import Testing

@Suite struct SQLQueryTests {
    @Test func interpolatedValuesBecomeCastPlaceholdersInOrder() throws {
        let code = "110000"
        let year = 2024
        let amount = try #require(Decimal(string: "1.50"))
        let ids: [Int64] = [1, 2]
        let query: SQLQuery = """
            select * from t where unit_code = \(code) and fiscal_year = \(year) and active = \(true) \
            and id = any(\(ids)) and tag = any(\(["a"])) and amount = \(amount) \
            and at = \(Date(timeIntervalSince1970: 0)) and blob = \([UInt8]([1])) and n = \(Int32(7)) \
            and note = \(String?.none)
            """
        #expect(
            query.sql
                == "select * from t where unit_code = $1 and fiscal_year = $2::int8 and active = $3::bool "
                + "and id = any($4::int8[]) and tag = any($5::text[]) and amount = $6::numeric "
                + "and at = $7::timestamptz and blob = $8::bytea and n = $9::int4 and note = $10")
        #expect(
            query.parameters == [
                .text("110000"), .text("2024"), .text("true"), .text(#"{"1","2"}"#), .text(#"{"a"}"#),
                .text("1.5"), .text("1970-01-01T00:00:00.000000+00:00"), .bytes([1]), .text("7"), nil,
            ])
        #expect(query.description == query.sql)
    }

    @Test func fragmentsAreRenumberedAfterThePlaceholdersBeforeThem() {
        let filter: SQLQuery = "unit_code = \("A") and fiscal_year = \(2024)"
        let query: SQLQuery = "select \(1) where \(fragment: filter) and level = \(3)"
        #expect(query.sql == "select $1::int8 where unit_code = $2 and fiscal_year = $3::int8 and level = $4::int8")
        #expect(query.parameters == [.text("1"), .text("A"), .text("2024"), .text("3")])
        var appended: SQLQuery = "select \(10) as a"
        appended.append(", \(20) as b")
        #expect(appended.sql == "select $1::int8 as a, $2::int8 as b")
    }

    @Test func unsafeRawIsInsertedAsSQLText() {
        let column = "fiscal_year"
        let query: SQLQuery = "select \(unsafeRaw: column) from t order by \(unsafeRaw: column) desc limit \(5)"
        #expect(query.sql == "select fiscal_year from t order by fiscal_year desc limit $1::int8")
        #expect(query.parameters == [.text("5")])
    }

    @Test func aPlaceholderNeverRunsIntoTheDigitsAfterIt() {
        let query: SQLQuery = "select \("x")1"
        #expect(query.sql == "select $1 1")
    }

    @Test func composedQueriesRunOnTheServer() throws {
        let connection = try TestDatabase.connect()
        let filter: SQLQuery = "g > \(2) and g <> \(4)"
        let query: SQLQuery =
            "select \(unsafeRaw: "sum(g)") as total, \("label") as label from generate_series(1, \(6)) as g where \(fragment: filter)"
        let row = try #require(connection.execute(query).first)
        #expect(try row.decode(Int64.self, "total") == 3 + 5 + 6)
        #expect(try row.decode(String.self, "label") == "label")
    }

    @Test func anInjectionAttemptStaysAValue() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("create table t (name text)")
            try connection.execute("insert into t values ('alice')")
            let evil = "x' or '1'='1'; drop table t; --"
            let matched = try connection.execute(SQLQuery("select count(*) as n from t where name = \(evil)"))
            #expect(try matched.first?.decode(Int.self, "n") == 0)
            let echoed = try connection.execute(SQLQuery("select \(evil) as v"))
            #expect(try echoed.first?.decode(String.self, "v") == evil)
            #expect(try TestDatabase.scalar(connection, "select count(*) from t") == "1")
        }
    }

    @Test func aNulInATextValueOrArrayElementIsRefusedWith22021() throws {
        let connection = try TestDatabase.connect()
        for query: SQLQuery in ["select \("a\u{0}b")", "select \(["ok", "a\u{0}b"])"] {
            let error = try #require(throws: PostgresError.self) { try connection.execute(query) }
            #expect(error.sqlState == "22021")
        }
        #expect(try TestDatabase.scalar(connection, "select 1") == "1")
    }

    @Test func aStringLiteralWithInterpolationIsBoundNotSpliced() throws {
        let connection = try TestDatabase.connect()
        let expression = "1 + 1"
        // Spliced into the text this would read back as "2".
        // Outside #require, whose expansion would pass the literal on as a String argument.
        let result = try connection.execute("select \(expression)::text as v")
        #expect(result.first?["v"] == "1 + 1")
        var streamed: [String?] = []
        try connection.forEachRow("select \(expression)::text as v", { streamed.append($0["v"]) })
        #expect(streamed == ["1 + 1"])
        // A String variable still means SQL text with `$n` parameters.
        let sql = "select $1::int8 + 1 as v"
        #expect(try connection.execute(sql, [41.postgresValue]).first?.decode(Int.self, "v") == 42)
    }

    @Test func forEachRowStreamsASQLQuery() throws {
        let connection = try TestDatabase.connect()
        var seen: [Int64] = []
        try connection.forEachRow(SQLQuery("select g from generate_series(1, \(4)) as g where g <> \(Int64(2))")) {
            row in
            seen.append(try row.decode(Int64.self, at: 0))
        }
        #expect(seen == [1, 3, 4])
    }
}

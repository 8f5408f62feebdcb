import Foundation
import Postgres
import Testing

@Suite struct RowDecodeTests {
    @Test func decodeErrorsNameTheColumnButNeverTheValue() throws {
        let connection = try TestDatabase.connect()
        let row = try #require(
            connection.execute(
                "select 'secret-text' as word, null::int8 as nothing, '{1,NULL}'::int8[] as holes, 1 as one"
            ).first)
        let cases: [(String, () throws -> Void)] = [
            ("column \"nothing\" is NULL", { _ = try row.decode(Int64.self, "nothing") }),
            ("column \"word\" is not an integer", { _ = try row.decode(Int64.self, "word") }),
            ("column \"word\" is not a boolean", { _ = try row.decode(Bool?.self, "word") }),
            ("column \"word\" is not a finite timestamptz", { _ = try row.decode(Date.self, "word") }),
            ("column \"holes\" has a NULL array element", { _ = try row.decode([Int64].self, "holes") }),
            ("no column named \"absent\"", { _ = try row.decode(String.self, "absent") }),
            ("no column at index 4", { _ = try row.decode(String.self, at: 4) }),
            ("column \"word\" is not a decimal", { _ = try row.decode(Decimal.self, at: 0) }),
        ]
        for (expected, decode) in cases {
            let error = try #require(throws: PostgresError.self) { try decode() }
            #expect(error.kind == .decode)
            #expect(error.message.hasPrefix(expected), "\(error.message)")
            #expect(!error.description.contains("secret"))
        }
        #expect(try row.decode(Int64?.self, "nothing") == nil)
        #expect(try row.decode(Int32.self, at: 3) == 1)
        // The older accessors still work.
        #expect(try row.int("one") == 1)
        #expect(row["word"] == "secret-text")
    }

    @Test func datesDecodeAlikeInEveryTimeZone() throws {
        let connection = try TestDatabase.connect()
        let zones = ["UTC", "Asia/Shanghai", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Europe/Amsterdam"]
        for zone in zones {
            try connection.execute("select set_config('timezone', $1, false)", [.text(zone)])
            let rows = try connection.execute(
                """
                select v, v::text as shown, (extract(epoch from v) * 1000000)::int8 as micros
                from unnest(array['2023-03-20 07:50:00.123456+00', '1900-01-01 00:00:00+00',
                                  '2024-07-01 12:00:00.5+00', '0044-03-15 12:00:00+00 BC']::timestamptz[]) as v
                """)
            for row in rows {
                let date = try row.decode(Date.self, "v")
                let micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
                #expect(micros == Double(try row.decode(Int64.self, "micros")), "\(zone) \(row["shown"] ?? "")")
            }
        }
        try connection.execute("set timezone = 'Europe/Amsterdam'")
        let lmt = try #require(
            try TestDatabase.scalar(connection, "select '1900-01-01 00:00:00+00'::timestamptz::text"))
        #expect(lmt.hasSuffix("+00:19:32"), "a historical offset with seconds is exercised")
    }

    @Test func connectionsUseISODateStyleAndOtherStylesAreRefused() throws {
        _ = try TestDatabase.connect()
        // A server or role default of another style is overridden, its field order kept.
        let connection = try Connection(
            conninfo: "options='-c datestyle=SQL,DMY -c bytea_output=escape'", logger: TestDatabase.quietLogger)
        #expect(try TestDatabase.scalar(connection, "show datestyle") == "ISO, DMY")
        #expect(try TestDatabase.scalar(connection, "show bytea_output") == "hex")
        #expect(try connection.execute("select now() as v").first?.decode(Date.self, "v") != nil)
        try connection.execute("set datestyle = 'SQL, DMY'")
        let row = try #require(connection.execute("select now() as v").first)
        let error = try #require(throws: PostgresError.self) { _ = try row.decode(Date.self, "v") }
        #expect(error.message.contains("ISO DateStyle"))
    }

    @Test func timestampTextIsParsedStrictly() throws {
        let good = try Date(postgresText: "2023-03-20 15:50:00.5+08")
        #expect(good.timeIntervalSince1970 == 1_679_298_600.5)
        #expect(try Date(postgresText: "2023-03-20 13:20:00+05:30") == Date(timeIntervalSince1970: 1_679_298_600))
        for bad in [
            "infinity", "2023-02-30 00:00:00+00", "2023-03-20 07:50:00", "03/20/2023 07:50:00 UTC",
            "2023-03-20 07:50:00.1234567+00", "2023-03-20 07:50:00+00 junk", "0000-01-01 00:00:00+00",
        ] {
            #expect(throws: PostgresDecodingError.self, "\(bad)") { try Date(postgresText: bad) }
        }
    }

    @Test func arrayTextIsParsedWithQuotesEscapesBoundsAndNulls() throws {
        #expect(try [String](postgresText: #"{plain,"a \"b\" \\c","NULL",""}"#) == ["plain", #"a "b" \c"#, "NULL", ""])
        #expect(try [Int64](postgresText: "[0:2]={7,8,9}") == [7, 8, 9])
        #expect(try [Int](postgresText: "{}") == [])
        for bad in ["{1,NULL}", "{{1,2},{3,4}}", "{1,2", "1,2", "{1,,2}", "{\"1}", "{1}x", "{a}"] {
            #expect(throws: PostgresDecodingError.self, "\(bad)") { try [Int64](postgresText: bad) }
        }
    }

    @Test func numericTextIsParsedStrictlyAndNeverRounded() throws {
        #expect(try Decimal(postgresText: "12345678901234567.89").description == "12345678901234567.89")
        #expect(try Decimal(postgresText: "-0.50") == Decimal(string: "-0.5"))
        let tooLong = String(repeating: "9", count: 40)
        for bad in ["NaN", "Infinity", "1e5", "12abc", " 1", "1.", ".5", "--1", "", tooLong] {
            #expect(throws: PostgresDecodingError.self, "\(bad)") { try Decimal(postgresText: bad) }
        }
    }

    @Test func byteaTextMustBeHex() throws {
        #expect(try [UInt8](postgresText: #"\x00ff10"#) == [0, 255, 16])
        for bad in [#"\x0"#, #"\xzz"#, "abc", #"\001"#] {
            #expect(throws: PostgresDecodingError.self, "\(bad)") { try [UInt8](postgresText: bad) }
        }
    }
}

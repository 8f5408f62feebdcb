import Postgres
import Testing

@Suite struct ParameterTests {
    @Test func parametersRoundTripIncludingNullAndSpecialCharacters() throws {
        let connection = try TestDatabase.connect()
        let tricky = "it's \"quoted\" \\ back\\slash\ttab\nnewline\r\n汇总 表格 ✓ 🎉"
        let result = try connection.execute(
            "SELECT $1::text AS tricky, $2::text AS missing, $2 IS NULL AS is_null, $3::int AS number",
            [.text(tricky), nil, (-7).postgresValue]
        )
        let row = try #require(result.first)
        #expect(result.columns == ["tricky", "missing", "is_null", "number"])
        #expect(row["tricky"] == tricky)
        #expect(row["missing"] == nil)
        #expect(row[1] == nil)
        #expect(try row.bool("is_null"))
        #expect(try row.int("number") == -7)
    }

    @Test func textParameterWithNulByteIsRejectedBeforeSending() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.execute("SELECT $1::text", [.text("a\u{0}b")])
        }
        #expect(error.sqlState == "22021")
        #expect(try TestDatabase.scalar(connection, "SELECT 1") == "1")
    }

    @Test func numericValuesRoundTripExactlyAsText() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE money (id int, amount numeric(18,2))")
            let amounts = ["0.08", "10000.00", "1.50", "99999999999999.99"]
            for (id, amount) in amounts.enumerated() {
                let inserted = try connection.execute(
                    "INSERT INTO money VALUES ($1, $2)", [id.postgresValue, .text(amount)])
                #expect(inserted.affectedRows == 1)
            }
            let rows = try connection.execute("SELECT amount FROM money ORDER BY id")
            #expect(rows.map { $0["amount"] } == amounts)
            let sum = try TestDatabase.scalar(connection, "SELECT sum(amount) FROM money")
            #expect(sum == "100000000010001.57")
            #expect(try TestDatabase.scalar(connection, "SELECT $1::numeric(18,2)", ["1.5"]) == "1.50")
        }
    }

    @Test func bytesParameterIsSentAsBinaryBytea() throws {
        let connection = try TestDatabase.connect()
        let digest = try TestDatabase.scalar(
            connection, "SELECT encode(sha256($1), 'hex')", [.bytes(Array("abc".utf8))])
        #expect(digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let row = try #require(
            connection.execute(
                "SELECT octet_length($1::bytea) AS n, encode($1::bytea, 'hex') AS hex, octet_length($2::bytea) AS empty",
                [.bytes([0, 255, 10, 92, 0]), .bytes([])]
            ).first)
        #expect(try row.int("n") == 5)
        #expect(try row.string("hex") == "00ff0a5c00")
        #expect(try row.int("empty") == 0)
    }

    @Test func valueLiteralsAndIntEncoding() {
        let values: [PostgresValue?] = ["text", 42, nil, (-3).postgresValue]
        #expect(values == [.text("text"), .text("42"), nil, .text("-3")])
    }
}

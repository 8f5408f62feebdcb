import Postgres
import Testing

@Suite struct CopyInTests {
    /// Row `i` of the big COPY: every character COPY text format must escape, plus Chinese.
    static func fields(_ i: Int) -> [String?] {
        [String(i), "名字\t\(i)\\x\n\r end", i % 10 == 0 ? nil : "note \\N \(i)"]
    }

    @Test func copiesOneHundredThousandRowsWithSpecialCharacters() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute(
                "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, note text)")
            let reported = try connection.copyIn("COPY items (id, name, note) FROM STDIN") { writer in
                for i in 1...100_000 { try writer.writeRow(Self.fields(i)) }
            }
            #expect(reported == 100_000)
            let counts = try #require(
                connection.execute("SELECT count(*) AS total, count(note) AS notes FROM items").first)
            #expect(try counts.int("total") == 100_000)
            #expect(try counts.int("notes") == 90_000)
            for i in [1, 10, 65_536, 99_999, 100_000] {
                let row = try #require(
                    connection.execute("SELECT * FROM items WHERE id = $1", [i.postgresValue]).first)
                #expect([row["id"], row["name"], row["note"]] == Self.fields(i))
            }
        }
    }

    @Test func copyWhoseBodyThrowsInsertsNothingAndLeavesTheConnectionUsable() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE items (id int, name text)")
            #expect(throws: DeliberateError.self) {
                try connection.copyIn("COPY items FROM STDIN") { writer in
                    // Enough rows that several chunks reach the server before the failure.
                    for i in 1...20_000 { try writer.writeRow([String(i), "row \(i)"]) }
                    throw DeliberateError()
                }
            }
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM items") == "0")
            let copied = try connection.copyIn("COPY items FROM STDIN") { writer in
                try writer.writeRow(["1", "after"])
            }
            #expect(copied == 1)
        }
    }

    @Test func copyOfRejectedDataThrowsTheServerError() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE items (id int PRIMARY KEY)")
            let duplicate = try #require(throws: PostgresError.self) {
                try connection.copyIn("COPY items FROM STDIN") { writer in
                    for i in [1, 1] + Array(2...50_000) { try writer.writeRow([String(i)]) }
                }
            }
            #expect(duplicate.kind == .server)
            #expect(duplicate.sqlState == "23505")
            let badInteger = try #require(throws: PostgresError.self) {
                try connection.copyIn("COPY items FROM STDIN") { writer in try writer.writeRow(["one"]) }
            }
            #expect(badInteger.sqlState == "22P02")
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM items") == "0")
        }
    }

    @Test func copyInRefusesAStatementThatIsNotCopyFromStdin() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.copyIn("SELECT 1") { _ in }
        }
        #expect(error.kind == .protocolViolation)
        let missing = try #require(throws: PostgresError.self) {
            try connection.copyIn("COPY no_such_table_for_copy FROM STDIN") { _ in }
        }
        #expect(missing.sqlState == "42P01")
        #expect(try TestDatabase.scalar(connection, "SELECT 1") == "1")
    }

    @Test func writerEscapingItsClosureIsRefused() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE items (id int)")
            var escaped: CopyWriter?
            try connection.copyIn("COPY items FROM STDIN") { writer in escaped = writer }
            let error = try #require(throws: PostgresError.self) {
                try escaped?.writeRow(["1"])
            }
            #expect(error.kind == .copy)
        }
    }
}

import Postgres
import Testing

@Suite struct ServerErrorTests {
    @Test func divisionByZeroCarriesSQLStateButNotTheBoundValues() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.execute("SELECT $1::int / $2::int", ["987654", "0"])
        }
        #expect(error.kind == .server)
        #expect(error.sqlState == "22012")
        #expect(error.description.hasPrefix("ERROR 22012: division by zero"))
        #expect(!error.description.contains("987654"))
        #expect(!error.debugDescription.contains("987654"))
    }

    @Test func missingTableReportsSQLStateAndPositionAndTheConnectionStaysUsable() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.execute("SELECT * FROM no_such_table_here WHERE x = $1", ["secret-value"])
        }
        #expect(error.sqlState == "42P01")
        #expect(error.position == "15")
        #expect(!error.description.contains("secret-value"))
        #expect(try TestDatabase.scalar(connection, "SELECT $1::int + 1", [41]) == "42")
    }

    @Test func errorDescriptionIncludesDetailAndHintLines() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE t (id int PRIMARY KEY)")
            try connection.execute("INSERT INTO t VALUES (1)")
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("INSERT INTO t VALUES ($1)", [1])
            }
            #expect(error.sqlState == "23505")
            #expect(error.description.contains("\nDETAIL: Key (id)=(1) already exists."))
            let hinted = try #require(throws: PostgresError.self) {
                try connection.execute("SELECT lenght('x')")
            }
            #expect(hinted.sqlState == "42883")
            #expect(hinted.description.contains("\nHINT: "))
        }
    }
}

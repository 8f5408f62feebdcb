import Postgres
import Testing

@Suite struct TransactionTests {
    @Test func transactionCommitsAndReturnsTheBodyValue() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE t (n int)")
            let value = try connection.transaction {
                try connection.execute("INSERT INTO t VALUES (1), (2)")
                return "done"
            }
            #expect(value == "done")
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM t") == "2")
        }
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE t (n int)")
            #expect(throws: DeliberateError.self) {
                try connection.transaction {
                    try connection.execute("INSERT INTO t VALUES (1)")
                    throw DeliberateError()
                }
            }
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM t") == "0")
            // SAVEPOINT fails outside a transaction block: proof that ROLLBACK ended the block.
            let outside = try #require(throws: PostgresError.self) {
                try connection.execute("SAVEPOINT probe")
            }
            #expect(outside.sqlState == "25P01")
        }
    }

    @Test func transactionWhoseStatementFailedDoesNotPretendToCommit() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE t (n int)")
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction {
                    try connection.execute("INSERT INTO t VALUES (1)")
                    _ = try? connection.execute("SELECT 1/0")
                }
            }
            #expect(error.sqlState == "25P02")
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM t") == "0")
        }
    }
}

/// Statements prepared once and run many times.
@Suite struct PreparedStatementTests {
    @Test func preparedOnceRunsManyTimesWithBoundParameters() throws {
        let connection = try TestDatabase.connect()
        defer { connection.close() }
        let first = try connection.prepareOnce("add_one", "select $1::int + 1 as n")
        let again = try connection.prepareOnce("add_one", "select $1::int + 1 as n")
        #expect(first == again)
        var seen: [String] = []
        for value in [1, 41] {
            try connection.forEachRow(first, [value.postgresValue]) { row in seen.append(row["n"] ?? "") }
        }
        #expect(seen == ["2", "42"])
    }

    @Test func aBadStatementIsAServerErrorAndTheConnectionStaysUsable() throws {
        let connection = try TestDatabase.connect()
        defer { connection.close() }
        #expect(throws: PostgresError.self) { try connection.prepare("bad", "select from nowhere_at_all") }
        #expect(try connection.execute("select 1 as one").first?["one"] == "1")
    }
}

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

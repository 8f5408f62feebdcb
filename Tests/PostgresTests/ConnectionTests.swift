import Foundation
import Logging
import Postgres
import Testing

@Suite struct ConnectionTests {
    @Test func connectingToAMissingSocketDirectoryIsAConnectionError() throws {
        let error = try #require(throws: PostgresError.self) {
            _ = try Connection(
                conninfo: "host=/nonexistent/pg-socket-dir dbname=postgres connect_timeout=2")
        }
        #expect(error.kind == .connection)
        #expect(error.message.contains("/nonexistent/pg-socket-dir"))
        #expect(error.message == error.message.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(error.sqlState == nil)
    }

    @Test func connectsWithTheEnvironmentAndUsesUTF8() throws {
        let connection = try TestDatabase.connect()
        #expect(try TestDatabase.scalar(connection, "SHOW client_encoding") == "UTF8")
    }

    @Test func terminatedBackendIsReportedAsAConnectionError() throws {
        let victim = try TestDatabase.connect()
        let pid = try #require(try TestDatabase.scalar(victim, "SELECT pg_backend_pid()"))
        let admin = try TestDatabase.connect()
        // The timeout makes the server wait until the backend has really exited.
        #expect(
            try TestDatabase.scalar(admin, "SELECT pg_terminate_backend($1::int, 5000)", [.text(pid)])
                == "t")
        let error = try #require(throws: PostgresError.self) { try victim.execute("SELECT 1") }
        #expect(error.kind == .connection)
    }

    @Test func closeIsIdempotentAndLaterCallsFail() throws {
        let connection = try TestDatabase.connect()
        connection.close()
        connection.close()
        let error = try #require(throws: PostgresError.self) {
            try connection.execute("SELECT 1")
        }
        #expect(error.kind == .connection)
    }

    @Test func noticesGoToTheLoggerAtNoticeLevel() throws {
        let captured = CapturedLog()
        let connection = try TestDatabase.connect(logger: captured.logger)
        try connection.execute("DO $$ BEGIN RAISE NOTICE 'hello from %', 'plpgsql'; END $$")
        let notice = try #require(captured.events.first { "\($0.message)" == "hello from plpgsql" })
        #expect(notice.level == .notice)
        #expect(notice.metadata?["sqlstate"] == "00000")
        #expect(notice.metadata?["severity"] == "NOTICE")
    }

    @Test func executeScriptRunsSeveralStatements() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.executeScript(
                """
                CREATE TABLE script_items (id int PRIMARY KEY, name text);
                INSERT INTO script_items VALUES (1, 'one'), (2, 'two');
                """
            )
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM script_items") == "2")
            let error = try #require(throws: PostgresError.self) {
                try connection.executeScript("INSERT INTO script_items VALUES (3, 'x'); SELECT 1/0;")
            }
            #expect(error.sqlState == "22012")
            // The script ran as one implicit transaction, so the insert was rolled back.
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM script_items") == "2")
        }
    }

    @Test func executeReportsAffectedRowsAndEmptyResults() throws {
        try TestDatabase.withScratchSchema { connection in
            let created = try connection.execute("CREATE TABLE t (n int)")
            #expect(created.affectedRows == nil)
            #expect(created.count == 0)
            #expect(created.columns.isEmpty)
            let inserted = try connection.execute("INSERT INTO t SELECT generate_series(1, 5)")
            #expect(inserted.affectedRows == 5)
            let updated = try connection.execute("UPDATE t SET n = n + 1 WHERE n > $1", [3])
            #expect(updated.affectedRows == 2)
            let selected = try connection.execute("SELECT n FROM t ORDER BY n")
            #expect(selected.count == 5)
            #expect(selected.compactMap { $0["n"] } == ["1", "2", "3", "5", "6"])
        }
    }

    @Test func copyStatementThroughExecuteIsRefusedAndConnectionStaysUsable() throws {
        try TestDatabase.withScratchSchema { connection in
            try connection.execute("CREATE TABLE t (n int)")
            let copyIn = try #require(throws: PostgresError.self) {
                try connection.execute("COPY t FROM STDIN")
            }
            #expect(copyIn.kind == .protocolViolation)
            let copyOut = try #require(throws: PostgresError.self) {
                try connection.executeScript("COPY (SELECT 1) TO STDOUT")
            }
            #expect(copyOut.kind == .protocolViolation)
            #expect(try TestDatabase.scalar(connection, "SELECT count(*) FROM t") == "0")
        }
    }
}

import Postgres
import Testing

@Suite struct StreamingTests {
    @Test func forEachRowStreamsOneHundredThousandRows() throws {
        let connection = try TestDatabase.connect()
        var count = 0
        var sum = 0
        var columns: [String] = []
        try connection.forEachRow(
            "SELECT g AS n, 'row ' || g AS label FROM generate_series(1, $1::int) AS g", [100_000.postgresValue]
        ) { row in
            count += 1
            sum += try row.int("n")
            columns = row.columns
        }
        #expect(count == 100_000)
        #expect(sum == 5_000_050_000)
        #expect(columns == ["n", "label"])
        #expect(try TestDatabase.scalar(connection, "SELECT 'still usable'") == "still usable")
    }

    @Test func forEachRowWithNoRowsNeverCallsTheBody() throws {
        let connection = try TestDatabase.connect()
        var calls = 0
        try connection.forEachRow("SELECT 1 WHERE false") { _ in calls += 1 }
        #expect(calls == 0)
    }

    @Test func forEachRowBodyErrorIsRethrownAndTheConnectionStaysUsable() throws {
        let connection = try TestDatabase.connect()
        var seen = 0
        #expect(throws: DeliberateError.self) {
            try connection.forEachRow("SELECT g FROM generate_series(1, 5000000) AS g") { _ in
                seen += 1
                if seen == 10 { throw DeliberateError() }
            }
        }
        #expect(seen == 10)
        #expect(try TestDatabase.scalar(connection, "SELECT $1::int * 2", [21]) == "42")
    }

    @Test func forEachRowServerErrorMidStreamIsThrownAfterTheRowsBeforeIt() throws {
        let connection = try TestDatabase.connect()
        var seen = 0
        let error = try #require(throws: PostgresError.self) {
            try connection.forEachRow("SELECT 1 / (50000 - g) FROM generate_series(1, 100000) AS g") {
                _ in
                seen += 1
            }
        }
        #expect(error.sqlState == "22012")
        #expect(seen == 49_999)
        #expect(try TestDatabase.scalar(connection, "SELECT 1") == "1")
    }

    @Test func statementsInsideForEachRowAreRefused() throws {
        let connection = try TestDatabase.connect()
        var refusal: PostgresError?
        var count = 0
        try connection.forEachRow("SELECT generate_series(1, 3)") { _ in
            count += 1
            do { try connection.execute("SELECT 1") } catch { refusal = error as? PostgresError }
        }
        #expect(count == 3)
        #expect(refusal?.kind == .protocolViolation)
    }
}

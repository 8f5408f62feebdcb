import Postgres
import Testing

@Suite struct RowTests {
    @Test func rowAccessorsReportDecodeErrorsNamingTheColumn() throws {
        let connection = try TestDatabase.connect()
        let row = try #require(
            connection.execute(
                "SELECT 12 AS n, 'x' AS word, NULL::int AS nothing, true AS yes, false AS no"
            ).first)
        #expect(try row.int("n") == 12)
        #expect(try row.string("word") == "x")
        #expect(try row.bool("yes"))
        #expect(try !row.bool("no"))
        #expect(row["absent"] == nil)
        for (column, fragment) in [
            ("nothing", "is NULL"), ("absent", "no column"), ("word", "not an integer"),
        ] {
            let error = try #require(throws: PostgresError.self) { try row.int(column) }
            #expect(error.kind == .decode)
            #expect(error.message.contains("\"\(column)\""))
            #expect(error.message.contains(fragment))
        }
        let notBool = try #require(throws: PostgresError.self) { try row.bool("word") }
        #expect(notBool.kind == .decode)
    }
}

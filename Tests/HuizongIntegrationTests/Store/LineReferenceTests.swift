import Foundation
import HuizongCore
import Postgres
import Testing

/// A line belongs to a submission that exists, checked once per statement (migration 0015)
/// instead of by a foreign key on every row: the same refusal, and deleting a submission
/// still deletes its lines.
@Suite("intake.line: the reference to its submission") struct LineReferenceTests {
    static let count = "select count(*) from intake.line where submission_id = $1"

    /// The refusal of a statement, or nil when it went through.
    static func refusal(_ body: () throws -> Void) -> (sqlState: String?, message: String)? {
        do {
            try body()
            return nil
        } catch let error as PostgresError {
            return (error.sqlState, error.message)
        } catch {
            return ("unexpected", "\(error)")
        }
    }

    @Test("a line of a submission that does not exist is refused, by insert, COPY and update")
    func missingSubmission() throws {
        let db = try RuleFixture.database()
        let outcome = try RuleFixture.submit(RuleSubmissionBuilder(unit: "401002", year: 2022), to: db)
        let id = outcome.submissionId
        let missing = id + 1000
        let expected = (
            "23503",
            "insert or update on table \"line\" violates the reference to intake.submission: "
                + "submission \(missing) does not exist"
        )

        let insert = Self.refusal {
            try db.connection.execute(
                """
                insert into intake.line (submission_id, line_no, section)
                values (\(id), 1000, 'meta'), (\(missing), 1, 'meta')
                """)
        }
        #expect(insert?.sqlState == expected.0)
        #expect(insert?.message == expected.1)

        let copy = Self.refusal {
            try db.connection.copyIn("copy intake.line (submission_id, line_no, section) from stdin") { writer in
                try writer.writeRaw(Array("\(id)\t1000\tmeta\n\(missing)\t2\tmeta\n".utf8))
            }
        }
        #expect(copy?.sqlState == expected.0)
        #expect(copy?.message == expected.1)

        let update = Self.refusal {
            try db.connection.execute(
                """
                update intake.line set submission_id = \(missing)
                where submission_id = \(id) and line_no = (select min(line_no) from intake.line where submission_id = \(id))
                """)
        }
        #expect(update?.sqlState == expected.0)
        #expect(update?.message == expected.1)

        // nothing of the refused statements stayed; the lines of the submission that exists can
        // still be added to
        #expect(try db.scalar(Self.count, [missing.postgresValue]) == "0")
        #expect(
            Self.refusal {
                try db.connection.execute(
                    "insert into intake.line (submission_id, line_no, section) values (\(id), 1000, 'meta')")
            } == nil)
    }

    @Test("deleting a submission deletes its lines, and no other submission's")
    func deleteCascades() throws {
        let db = try RuleFixture.database()
        let first = try RuleFixture.submit(RuleSubmissionBuilder(unit: "401002", year: 2022), to: db)
        let second = try RuleFixture.submit(RuleSubmissionBuilder(unit: "401003", year: 2022), to: db)
        #expect(first.findings.isEmpty)
        let lines = try db.scalar(Self.count, [second.submissionId.postgresValue])
        #expect(try db.scalar(Self.count, [first.submissionId.postgresValue]) != "0")

        try db.connection.execute("delete from intake.submission where id = \(first.submissionId)")

        #expect(try db.scalar(Self.count, [first.submissionId.postgresValue]) == "0")
        #expect(
            try db.scalar(Self.count, [second.submissionId.postgresValue]) == lines)
    }
}

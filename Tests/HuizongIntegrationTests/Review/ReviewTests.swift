import Foundation
import HuizongCore
import Postgres
import Testing

/// The finance office approves (and so locks), returns and unlocks submissions; intake
/// refuses a locked unit and year; everything is on record.
@Suite("review") struct ReviewTests {
    static let lockedExpected =
        "an unlocked unit and year (approved by office401 on 2026-11-29; the finance office must unlock it first)"

    @Test("approving locks the unit and year: a later submission is rejected with one exact finding")
    func approveLocks() throws {
        let fixture = try ReviewFixture()
        let approved = try fixture.reviews.approve(submission: fixture.submission, actor: "office401", comment: " 同意 ")
        #expect(approved.locked && approved.inForce && approved.status == "accepted")
        #expect(approved.review?.action == .approve && approved.review?.comment == "同意")
        #expect(approved.review?.actor == "office401")
        try fixture.dateLock()
        let outcome = try fixture.db.submit(RuleSubmissionBuilder(unit: "401001").csv, fileName: "again.csv")
        #expect(outcome.status == .rejected)
        #expect(
            outcome.findings.map(\.text) == [
                Finding.Text(
                    file: "again.csv", line: nil, column: nil, rule: "locked", severity: .error,
                    expected: Self.lockedExpected, found: "locked")
            ])
        #expect(
            outcome.findings.first?.description
                == "error: again.csv: [locked] expected \(Self.lockedExpected), found locked")
        #expect(outcome.unitCode == nil && outcome.version == nil, "not tied to the unit, like a refused meta")
        let stored = try fixture.db.connection.execute(
            "select unit_code, version, status from intake.submission where id = $1::bigint",
            [.text(String(outcome.submissionId))]
        ).first
        #expect(stored?["unit_code"] == nil && stored?["version"] == nil && stored?["status"] == "rejected")
        #expect(
            try fixture.db.scalar("select code from intake.finding where submission_id = \(outcome.submissionId)")
                == "locked")
        #expect(try fixture.db.scalar("select id from intake.current_submission") == String(fixture.submission))
        let history = try SubmissionHistory(connection: fixture.db.connection).list(unit: "401001", year: 2022)
        #expect(history.map(\.id) == [fixture.submission], "the refused file is no version of the unit")
        let status = try fixture.status()
        #expect(status?.state == "approved" && status?.acceptedVersion == 1 && status?.latestVersion == nil)
        #expect(status?.comment == "同意")
    }

    @Test("unlocking lets the next submission in, as a new version")
    func unlockLetsIn() throws {
        let fixture = try ReviewFixture()
        try fixture.reviews.approve(submission: fixture.submission, actor: "office401")
        let unlocked = try fixture.reviews.unlock(unit: "401001", year: 2022, actor: "admin", comment: "更正支出明细")
        #expect(unlocked.id == fixture.submission && !unlocked.locked)
        #expect(
            unlocked.review
                == SubmissionReview(action: .unlock, comment: "更正支出明细", actor: "admin", at: unlocked.review!.at))
        #expect(try fixture.status()?.state == "accepted")
        let outcome = try fixture.db.submit(RuleSubmissionBuilder(unit: "401001").csv)
        #expect(outcome.status == .accepted && outcome.unitCode == "401001" && outcome.version == 2)
        #expect(try fixture.db.scalar("select count(*) from intake.unit_lock") == "0")
    }

    @Test("returning records the comment; status shows returned until the unit submits again")
    func returnRecordsComment() throws {
        let fixture = try ReviewFixture()
        let returned = try fixture.reviews.return(
            submission: fixture.submission, actor: "office401", comment: "  请补充项目支出说明\n")
        #expect(!returned.locked && returned.review?.action == .return && returned.review?.comment == "请补充项目支出说明")
        let status = try fixture.status()
        #expect(status?.state == "returned" && status?.acceptedVersion == 1 && status?.comment == "请补充项目支出说明")
        #expect(try fixture.db.scalar("select comment from intake.review where action = 'return'") == "请补充项目支出说明")
        // returned, not locked: the unit answers with a new version, which nobody has reviewed yet
        let next = try ReviewFixture.submit(fixture.db, unit: "401001")
        let after = try fixture.status()
        #expect(after?.state == "accepted" && after?.acceptedVersion == 2 && after?.comment == nil)
        #expect(try fixture.reviews.approve(submission: next, actor: "office401").locked)
    }

    @Test("each action writes one audit log row: actor, action, unit, submission, the comment as detail")
    func auditLog() throws {
        let fixture = try ReviewFixture()
        let id = fixture.submission
        try fixture.reviews.return(submission: id, actor: "office401", comment: "缺少三公")
        try fixture.reviews.approve(submission: id, actor: "office401")
        try fixture.reviews.unlock(unit: "401001", year: 2022, actor: "admin", comment: "重报")
        let rows = try fixture.db.connection.execute(
            """
            select actor, action, unit_code, submission_id, coalesce(detail, '-') as detail
            from portal.audit_log where action in ('approve', 'return', 'unlock') order by id
            """
        ).map { row in ["actor", "action", "unit_code", "submission_id", "detail"].map { row[$0] ?? "NULL" } }
        #expect(
            rows == [
                ["office401", "return", "401001", String(id), "缺少三公"],
                ["office401", "approve", "401001", String(id), "-"],
                ["admin", "unlock", "401001", String(id), "重报"],
            ])
        let history = try fixture.db.connection.execute(
            "select action, actor, unit_code, fiscal_year from intake.review order by id"
        ).map { "\($0["action"]!) \($0["actor"]!) \($0["unit_code"]!) \($0["fiscal_year"]!)" }
        #expect(
            history == ["return office401 401001 2022", "approve office401 401001 2022", "unlock admin 401001 2022"])
        #expect(
            ReviewFixture.sqlState { try fixture.db.connection.execute("update intake.review set comment = 'x'") }
                == "42501")
        #expect(ReviewFixture.sqlState { try fixture.db.connection.execute("delete from intake.review") } == "42501")
    }

    @Test("a review or a lock names its submission's own unit and year")
    func rowsMatchSubmission() throws {
        let fixture = try ReviewFixture()
        let other = try ReviewFixture.submit(fixture.db, unit: "402001")
        let attempts = [
            """
            insert into intake.review (submission_id, unit_code, fiscal_year, action, actor)
            values ($1::bigint, '401001', 2022, 'return', 'office401')
            """,
            """
            insert into intake.unit_lock (unit_code, fiscal_year, submission_id, locked_by)
            values ('401001', 2022, $1::bigint, 'office401')
            """,
        ]
        for sql in attempts {
            // 23503: the composite foreign key, even for the owner
            #expect(
                ReviewFixture.sqlState { try fixture.db.connection.execute(sql, [.text(String(other))]) } == "23503")
        }
    }
}

import Foundation
import HuizongCore
import Postgres
import Testing

/// Reviews on the portal's connection (role huizong_portal, `huizong.account` set): the
/// office of the unit's department may act; an accountant or another department's office
/// is refused by the database itself, whatever the Swift checks would have said.
@Suite("review through the portal role") struct ReviewPortalTests {
    @Test("the office approves, unlocks and returns on the portal's connection, under its own name")
    func officeActs() throws {
        let fixture = try ReviewFixture()
        let portal = try fixture.portal("office401")
        let reviews = ReviewStore(connection: portal)
        let id = fixture.submission
        #expect(try reviews.approve(submission: id, actor: "office401", comment: "同意").locked)
        #expect(try reviews.unlock(unit: "401001", year: 2022, actor: "office401", comment: "重报").locked == false)
        #expect(try reviews.return(submission: id, actor: "office401", comment: "补充说明").review?.comment == "补充说明")
        #expect(
            try fixture.db.scalar(
                "select string_agg(action || ' ' || actor, ', ' order by id) from portal.audit_log where submission_id = \(id)"
            ) == "approve office401, unlock office401, return office401")
        let history = try SubmissionHistory(connection: portal).list(unit: "401001", year: 2022)
        #expect(history.map(\.id) == [id] && history.first?.review?.action == .return)
        #expect(
            ReviewFixture.usage { try reviews.approve(submission: id, actor: "admin") }
                == "admin is not the signed-in account (office401)")
    }

    @Test("an accountant is refused by the review store and, with that check skipped, by the database (42501)")
    func accountantRefused() throws {
        let fixture = try ReviewFixture()
        let portal = try fixture.portal("a401001")
        let id = fixture.submission
        #expect(
            ReviewFixture.usage { try ReviewStore(connection: portal).approve(submission: id, actor: "a401001") }
                == "account a401001 is an accountant: only the finance office or an admin may approve a submission")
        for (sql, parameters) in Self.writes(submission: id, actor: "a401001") {
            #expect(ReviewFixture.sqlState { try portal.execute(sql, parameters) } == "42501", "\(sql)")
        }
        try fixture.reviews.approve(submission: id, actor: "office401")
        let deleted = try portal.execute("delete from intake.unit_lock").affectedRows
        #expect(deleted == 0)
        #expect(try fixture.db.scalar("select count(*) from intake.unit_lock") == "1")
        // it still reads its own unit's reviews and lock
        #expect(try portal.execute("select actor from intake.review").map { $0[0] } == ["office401"])
        #expect(try UnitLock.find(unit: "401001", year: 2022, connection: portal)?.lockedBy == "office401")
    }

    @Test("another department's office sees none of 401's reviews and can write none (42501 or 0 rows)")
    func otherOfficeRefused() throws {
        let fixture = try ReviewFixture()
        try fixture.reviews.approve(submission: fixture.submission, actor: "office401")
        let portal = try fixture.portal("office402")
        let reviews = ReviewStore(connection: portal)
        let id = fixture.submission
        #expect(
            ReviewFixture.usage { try reviews.return(submission: id, actor: "office402", comment: "x") }
                == "unknown submission \(id)")
        #expect(
            ReviewFixture.usage { try reviews.unlock(unit: "401001", year: 2022, actor: "office402", comment: "x") }
                == "unknown unit 401001")
        for (sql, parameters) in Self.writes(submission: id, actor: "office402") {
            #expect(ReviewFixture.sqlState { try portal.execute(sql, parameters) } == "42501", "\(sql)")
        }
        #expect(try portal.execute("delete from intake.unit_lock").affectedRows == 0)
        #expect(try portal.execute("select count(*) from intake.review").first?[0] == "0")
        #expect(try portal.execute("select count(*) from intake.unit_lock").first?[0] == "0")
        #expect(try fixture.db.scalar("select count(*) from intake.unit_lock") == "1")
    }

    @Test("an upload on the portal's connection is recorded under the account's name; the history shows the lock")
    func accountantUpload() throws {
        let fixture = try ReviewFixture()
        try fixture.reviews.approve(submission: fixture.submission, actor: "office401")
        let portal = try fixture.portal("a401001")
        // the upload policy accepts only rows under the signed-in account's name: the default gives it
        let uploader = try portal.execute(
            """
            insert into intake.upload (file_name, size_bytes, sha256, raw)
            values ('again.csv', 1, encode(sha256('\\x78'), 'hex'), '\\x78') returning uploaded_by
            """
        ).first?["uploaded_by"]
        #expect(uploader == "a401001")
        #expect(
            try fixture.db.scalar(
                "select uploaded_by = current_user from intake.upload u join intake.submission s on s.upload_id = u.id"
            ) == "t", "the command line's uploads keep the database user")
        let history = try SubmissionHistory(connection: portal).list(unit: "401001", year: nil)
        #expect(history.map(\.id) == [fixture.submission] && history.first?.locked == true)
        #expect(
            ReviewFixture.usage { _ = try SubmissionHistory(connection: portal).list(unit: "401002", year: nil) }
                == "unknown unit 401002")
    }

    @Test("the views of submissions in force and current runs keep row-level security")
    func views() throws {
        let fixture = try ReviewFixture()
        try ReviewFixture.submit(fixture.db, unit: "402001")
        try fixture.db.run(node: "402", year: 2022)
        let portal = try fixture.portal("a401001")
        #expect(try portal.execute("select unit_code from intake.current_submission").map { $0[0] } == ["401001"])
        #expect(try portal.execute("select count(*) from pipeline.current_run").first?[0] == "0")
        #expect(try fixture.db.scalar("select count(*) from pipeline.current_run") == "1")
    }

    /// A review, a lock and an audit entry for 401001's submission, as `actor` would write them.
    static func writes(submission: Int64, actor: String) -> [(String, [PostgresValue?])] {
        let id = PostgresValue.text(String(submission))
        return [
            (
                """
                insert into intake.review (submission_id, unit_code, fiscal_year, action, actor)
                values ($1::bigint, '401001', 2022, 'approve', $2)
                """, [id, .text(actor)]
            ),
            (
                """
                insert into intake.unit_lock (unit_code, fiscal_year, submission_id, locked_by)
                values ('401001', 2022, $1::bigint, $2)
                """, [id, .text(actor)]
            ),
        ]
    }
}

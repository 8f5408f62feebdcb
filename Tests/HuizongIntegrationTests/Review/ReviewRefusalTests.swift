import Foundation
import HuizongCore
import Postgres
import Testing

/// Every review the office may not make is refused with a usage error naming why, and
/// leaves no review, lock or audit row behind.
@Suite("review refusals") struct ReviewRefusalTests {
    @Test("unknown, rejected and superseded submissions")
    func submissions() throws {
        let fixture = try ReviewFixture()
        let reviews = fixture.reviews
        #expect(
            ReviewFixture.usage { try reviews.approve(submission: 999, actor: "office401") }
                == "unknown submission 999")
        var broken = RuleSubmissionBuilder(unit: "401002")
        try broken.change(RuleRow.line(econ: "30101")) { $0.actual = "12.345" }
        let rejected = try fixture.db.submit(broken.csv)
        #expect(rejected.status == .rejected && rejected.unitCode == "401002")
        #expect(
            ReviewFixture.usage { try reviews.approve(submission: rejected.submissionId, actor: "office401") }
                == "cannot approve submission \(rejected.submissionId): it was rejected")
        let newer = try ReviewFixture.submit(fixture.db, unit: "401001")
        #expect(
            ReviewFixture.usage { try reviews.return(submission: fixture.submission, actor: "office401", comment: "x") }
                == "cannot return submission \(fixture.submission): it is not the submission in force for 401001 2022 "
                + "(submission \(newer) is)")
        try Self.expectNothingWritten(fixture)
    }

    @Test("approving twice, returning an approved one, unlocking what is not locked")
    func lockStates() throws {
        let fixture = try ReviewFixture()
        let reviews = fixture.reviews
        let id = fixture.submission
        try reviews.approve(submission: id, actor: "office401")
        try fixture.dateLock()
        #expect(
            ReviewFixture.usage { try reviews.approve(submission: id, actor: "admin") }
                == "cannot approve submission \(id): 401001 2022 is already approved (by office401 on 2026-11-29)")
        #expect(
            ReviewFixture.usage { try reviews.return(submission: id, actor: "office401", comment: "晚了") }
                == "cannot return submission \(id): 401001 2022 is approved and locked (by office401 on 2026-11-29); "
                + "unlock it first")
        #expect(
            ReviewFixture.usage { try reviews.unlock(unit: "401001", year: 2021, actor: "office401", comment: "x") }
                == "cannot unlock 401001 2021: it is not locked")
        #expect(
            ReviewFixture.usage { try reviews.unlock(unit: "NOPE", year: 2022, actor: "office401", comment: "x") }
                == "unknown unit NOPE")
        #expect(try fixture.db.scalar("select count(*) from intake.review") == "1")
        #expect(try fixture.db.scalar("select count(*) from portal.audit_log where action = 'approve'") == "1")
    }

    @Test("comments a return and an unlock need")
    func comments() throws {
        let fixture = try ReviewFixture()
        #expect(
            ReviewFixture.usage {
                try fixture.reviews.return(submission: fixture.submission, actor: "office401", comment: " \n\t")
            } == "returning a submission needs a comment for the unit's accountant")
        #expect(
            ReviewFixture.usage {
                try fixture.reviews.unlock(unit: "401001", year: 2022, actor: "office401", comment: "")
            }
                == "unlocking needs a comment saying why")
        try Self.expectNothingWritten(fixture)
    }

    @Test("only an existing office or admin account of the unit's department may act")
    func actors() throws {
        let fixture = try ReviewFixture()
        let reviews = fixture.reviews
        let id = fixture.submission
        #expect(
            ReviewFixture.usage { try reviews.approve(submission: id, actor: "nobody") } == "unknown account nobody")
        #expect(
            ReviewFixture.usage { try reviews.approve(submission: id, actor: "a401001") }
                == "account a401001 is an accountant: only the finance office or an admin may approve a submission")
        #expect(
            ReviewFixture.usage { try reviews.unlock(unit: "401001", year: 2022, actor: "a401001", comment: "x") }
                == "account a401001 is an accountant: only the finance office or an admin may unlock a unit")
        #expect(
            ReviewFixture.usage { try reviews.approve(submission: id, actor: "office402") }
                == "unit 401001 is outside the units of account office402")
        try Self.expectNothingWritten(fixture)
        // the owner's connection is left as it was: no account stays signed in
        #expect(try fixture.db.scalar("select coalesce(current_setting('huizong.account', true), '')") == "")
    }

    static func expectNothingWritten(_ fixture: ReviewFixture) throws {
        #expect(try fixture.db.scalar("select count(*) from intake.review") == "0")
        #expect(try fixture.db.scalar("select count(*) from intake.unit_lock") == "0")
        #expect(
            try fixture.db.scalar(
                "select count(*) from portal.audit_log where action in ('approve', 'return', 'unlock')") == "0")
    }
}

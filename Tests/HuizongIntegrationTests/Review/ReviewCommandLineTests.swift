import Foundation
import HuizongCore
import Testing

/// `huizong review approve|return|unlock|list` through the real binary.
@Suite("review command line") struct ReviewCommandLineTests {
    @Test("approve locks: submit is refused with the locked finding (exit 1); unlock lets the next one in")
    func approveAndUnlock() throws {
        let fixture = try ReviewFixture()
        let db = fixture.db
        let id = fixture.submission
        let approve = try HuizongBinary.run(
            ["review", "approve", "--submission", String(id), "--comment", "同意", "--as", "office401"], database: db)
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(
            approve.stdout
                == "submission \(id) (401001, 2022, version 1) approved by office401; "
                + "401001 2022 is locked until the office unlocks it\n")
        try fixture.dateLock()
        let file = try CommandLineTests.file(RuleSubmissionBuilder(unit: "401001").csv, name: "401001-2022.csv")
        let refused = try HuizongBinary.run(["submit", file.path], database: db)
        #expect(refused.status == 1)
        #expect(
            refused.stdout == """
                \(file.path): rejected (2022)
                  error: \(file.path): [locked] expected \(ReviewTests.lockedExpected), found locked

                """)
        let status = try HuizongBinary.run(["status", "--unit", "401", "--year", "2022"], database: db)
        #expect(
            status.stdout == """
                401001  局本级  approved (version 1); comment: 同意
                401002  市无线电监测站  missing
                1 of 2 units have a submission in force for 2022

                """)
        let unlock = try HuizongBinary.run(
            ["review", "unlock", "--unit", "401001", "--year", "2022", "--comment", "更正", "--as", "office401"],
            database: db)
        #expect(unlock.status == 0, "\(unlock.stderr)")
        #expect(
            unlock.stdout
                == "401001 2022 unlocked by office401 (submission \(id) (401001, 2022, version 1) was approved)\n")
        let again = try HuizongBinary.run(["submit", file.path], database: db)
        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stdout == "\(file.path): accepted (401001, 2022, version 2)\n")
    }

    @Test("return prints the comment and status shows it; list shows ids, newest first")
    func returnAndList() throws {
        let fixture = try ReviewFixture()
        let db = fixture.db
        let id = fixture.submission
        let result = try HuizongBinary.run(
            ["review", "return", "--submission", String(id), "--comment", "请补充项目支出说明", "--as", "admin"], database: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "submission \(id) (401001, 2022, version 1) returned by admin: 请补充项目支出说明\n")
        let status = try HuizongBinary.run(["status", "--unit", "401", "--year", "2022"], database: db)
        #expect(status.stdout.hasPrefix("401001  局本级  returned (version 1); comment: 请补充项目支出说明\n"))
        let newer = try ReviewFixture.submit(db, unit: "401001")
        let list = try HuizongBinary.run(["review", "list", "--unit", "401001", "--year", "2022"], database: db)
        #expect(list.status == 0, "\(list.stderr)")
        let records = try SubmissionHistory(connection: db.connection).list(unit: "401001", year: 2022)
        let user = try db.scalar("select current_user") ?? "?"
        #expect(records.map(\.uploadedBy) == [user, user])
        // times as the office reads them (Asia/Shanghai unless HUIZONG_TIMEZONE says otherwise)
        let office = OfficeTime.office
        #expect(
            list.stdout == """
                \(newer)  2022  version 2  accepted, in force  401001-2022.csv  \(user)  \(office.listing(utc: records[0].uploadedAt))
                \(id)  2022  version 1  accepted; returned by admin at \(office.listing(utc: records[1].review!.at)): 请补充项目支出说明  401001-2022.csv  \(user)  \(office.listing(utc: records[1].uploadedAt))

                """)
        #expect(list.stdout.split(separator: "\n").allSatisfy { $0.contains(/\s\s\d{4}-\d\d-\d\d \d\d:\d\d$/) })
        #expect(!list.stdout.contains("Z\n"))
        #expect(records[0].uploadedAt.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(
            records[0].sha256
                == (try db.scalar("select encode(sha256(raw), 'hex') from intake.upload order by id desc limit 1")))
    }

    @Test("refusals exit 2 with the reason; a missing comment is a usage error of the parser")
    func refusals() throws {
        let fixture = try ReviewFixture()
        let id = String(fixture.submission)
        let cases: [([String], String)] = [
            (
                ["review", "approve", "--submission", id, "--as", "a401001"],
                "account a401001 is an accountant: only the finance office or an admin may approve a submission"
            ),
            (["review", "approve", "--submission", id, "--as", "nobody"], "unknown account nobody"),
            (["review", "approve", "--submission", "999", "--as", "office401"], "unknown submission 999"),
            (
                ["review", "unlock", "--unit", "401001", "--year", "2022", "--comment", "x", "--as", "office401"],
                "cannot unlock 401001 2022: it is not locked"
            ),
            (
                ["review", "return", "--submission", id, "--comment", " ", "--as", "office401"],
                "returning a submission needs a comment for the unit's accountant"
            ),
        ]
        for (arguments, message) in cases {
            let result = try HuizongBinary.run(arguments, database: fixture.db)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "huizong: \(message)\n")
        }
        let noComment = try HuizongBinary.run(
            ["review", "return", "--submission", id, "--as", "office401"], database: fixture.db)
        #expect(noComment.status == 64 || noComment.status == 2)
        #expect(noComment.stderr.contains("--comment"))
        #expect(try fixture.db.scalar("select count(*) from intake.review") == "0")
    }
}

import Foundation
import HuizongCore
import Postgres
import Testing

/// Isolation in the database itself: SQL run as the portal's role for an account sees and
/// changes only the rows of the units that account may see, whatever the query asks for.
@Suite("row-level security") struct RowLevelSecurityTests {
    /// Department 401 with units 401001 and 401002, department 402 with 402001, a
    /// submission from each unit, a run of 401, and one account of each kind.
    private final class Fixture {
        let db: TestDatabase
        var submissions: [String: Int64] = [:]

        init() throws {
            db = try TestDatabase()
            try db.register(
                root: ("401", "益阳市工业和信息化局"),
                units: [(code: "401001", name: "局本级", parent: nil), (code: "401002", name: "市无线电监测站", parent: nil)])
            try db.register(root: ("402", "另一部门"), units: [(code: "402001", name: "另一单位", parent: nil)])
            for unit in ["401001", "401002", "402001"] {
                let outcome = try db.submit(RuleSubmissionBuilder(unit: unit).csv, unit: unit, year: 2022)
                try #require(outcome.status == .accepted, "\(outcome.findings)")
                submissions[unit] = outcome.submissionId
            }
            try db.run(node: "401", year: 2022)
            let accounts = AccountStore(connection: db.connection)
            try accounts.add(name: "a401001", role: .accountant, unit: "401001", password: "password-a")
            try accounts.add(name: "office401", role: .office, unit: "401", password: "password-o")
            try accounts.add(name: "admin", role: .admin, unit: nil, password: "password-x")
        }

        /// Runs `body` as the portal role for `account` (nil: no one signed in), then rolls back.
        func `as`<T>(_ account: String?, _ body: (Connection) throws -> T) throws -> T {
            let connection = db.connection
            try connection.execute("begin")
            defer { _ = try? connection.execute("rollback") }
            try connection.execute("set local role huizong_portal")
            if let account {
                try connection.execute("select set_config('huizong.account', $1, true)", [.text(account)])
            }
            return try body(connection)
        }

        /// The units whose rows of `table` (with a `unit_code`, or reached through `submission_id`) `account` sees.
        func units(_ account: String?, _ sql: String) throws -> [String] {
            try self.as(account) { connection in
                try connection.execute(sql, []).map { try $0.string("unit_code") }
            }
        }
    }

    static let queries = [
        "select distinct unit_code from intake.submission order by 1",
        """
        select distinct s.unit_code from intake.line l join intake.submission s on s.id = l.submission_id
        union select distinct s.unit_code from intake.upload u join intake.submission s on s.upload_id = u.id
        order by 1
        """,
        "select code as unit_code from registry.unit order by 1",
    ]

    @Test("an accountant sees only its unit's submissions, lines, uploads and registry row")
    func accountantReads() throws {
        let fixture = try Fixture()
        #expect(try fixture.units("a401001", Self.queries[0]) == ["401001"])
        #expect(try fixture.units("a401001", Self.queries[1]) == ["401001"])
        #expect(try fixture.units("a401001", Self.queries[2]) == ["401001"])
        let other = fixture.submissions["401002"]!
        let raw = try fixture.as("a401001") { connection in
            try connection.execute(
                "select raw from intake.upload u join intake.submission s on s.upload_id = u.id where s.id = $1::bigint",
                [.text(String(other))]
            ).count
        }
        #expect(raw == 0, "another unit's raw upload cannot be downloaded")
        let runs = try fixture.as("a401001") { try $0.execute("select count(*) from consolidated.base_row").first?[0] }
        #expect(runs == "0", "the department's tables are the office's")
    }

    @Test("the office sees every unit under its node and its runs, nothing of another department")
    func officeReads() throws {
        let fixture = try Fixture()
        #expect(try fixture.units("office401", Self.queries[0]) == ["401001", "401002"])
        #expect(try fixture.units("office401", Self.queries[1]) == ["401001", "401002"])
        #expect(try fixture.units("office401", Self.queries[2]) == ["401", "401001", "401002"])
        let rows = try fixture.as("office401") {
            try $0.execute("select count(*) from consolidated.base_row").first?[0]
        }
        #expect(rows != "0")
        let runs = try fixture.as("office401") { try $0.execute("select node_code from pipeline.run").map { $0[0] } }
        #expect(runs == ["401"])
    }

    @Test("admin sees everything; with no account signed in, nothing")
    func adminAndNobody() throws {
        let fixture = try Fixture()
        #expect(try fixture.units("admin", Self.queries[0]) == ["401001", "401002", "402001"])
        #expect(try fixture.units(nil, Self.queries[0]) == [])
        #expect(try fixture.units("no-such-account", Self.queries[0]) == [])
        #expect(try fixture.units(nil, Self.queries[2]) == [])
    }

    @Test("an accountant cannot move its submission to another unit, add one or a finding for it, or read accounts")
    func accountantWrites() throws {
        let fixture = try Fixture()
        let own = fixture.submissions["401001"]!
        let other = fixture.submissions["401002"]!
        let attempts: [(String, [PostgresValue?])] = [
            ("update intake.submission set unit_code = '401002' where id = $1::bigint", [.text(String(own))]),
            ("insert into intake.submission (upload_id, unit_code) values (-1, '401002')", []),
            (
                """
                insert into intake.finding (upload_id, submission_id, code, severity)
                select upload_id, id, 'x', 'error' from intake.submission where id = $1::bigint
                union all select 0, $1::bigint, 'x', 'error'
                """, [.text(String(other))]
            ),
            ("select password_hash from portal.account", []),
        ]
        for (sql, parameters) in attempts {
            // 42501: a row-level security policy (or a missing grant) refused it, not some other check
            #expect("\(sql)") {
                try fixture.as("a401001") { connection in try connection.execute(sql, parameters) }
            } throws: { error in
                (error as? PostgresError)?.sqlState == "42501"
            }
        }
        let changed = try fixture.as("a401001") { connection in
            try connection.execute(
                "update intake.submission set status = 'rejected' where id = $1::bigint",
                [
                    .text(String(other))
                ]
            ).affectedRows
        }
        #expect(changed == 0, "another unit's submission is not there to update")
        #expect(try fixture.db.scalar("select status from intake.submission where id = \(other)") == "accepted")
    }
}

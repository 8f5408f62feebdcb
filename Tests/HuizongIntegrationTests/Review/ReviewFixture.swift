import Foundation
import HuizongCore
import Postgres
import Testing

/// Department 401 with units 401001 and 401002, department 402 with 402001, an accepted
/// 2022 submission of 401001, and the accounts a review meets: the unit's accountant, the
/// office of each department, an admin.
final class ReviewFixture {
    let db: TestDatabase
    /// 401001's accepted 2022 submission.
    let submission: Int64

    init() throws {
        db = try TestDatabase()
        try db.register(
            root: ("401", "益阳市工业和信息化局"),
            units: [(code: "401001", name: "局本级", parent: nil), (code: "401002", name: "市无线电监测站", parent: nil)])
        try db.register(root: ("402", "另一部门"), units: [(code: "402001", name: "另一单位", parent: nil)])
        let accounts = AccountStore(connection: db.connection)
        try accounts.add(name: "a401001", role: .accountant, unit: "401001", password: "password-a")
        try accounts.add(name: "office401", role: .office, unit: "401", password: "password-o")
        try accounts.add(name: "office402", role: .office, unit: "402", password: "password-p")
        try accounts.add(name: "admin", role: .admin, unit: nil, password: "password-x")
        submission = try Self.submit(db, unit: "401001")
    }

    /// Submits the builder's valid file for `unit` and 2022; returns the accepted submission's id.
    @discardableResult
    static func submit(_ db: TestDatabase, unit: String) throws -> Int64 {
        let outcome = try db.submit(RuleSubmissionBuilder(unit: unit).csv, fileName: "\(unit)-2022.csv")
        try #require(outcome.status == .accepted, "\(outcome.findings)")
        return outcome.submissionId
    }

    /// The reviews of the owner's connection.
    var reviews: ReviewStore { ReviewStore(connection: db.connection) }

    /// Dates the lock of 401001 2022 to a known day, so that messages naming it are exact.
    func dateLock() throws {
        try db.connection.execute(
            "update intake.unit_lock set locked_at = '2026-11-29 09:30:00+00' where unit_code = '401001'")
    }

    /// The status entry of 401001 for 2022.
    func status() throws -> NodeStatus.Entry? {
        try NodeStatus.load(node: "401", year: 2022, connection: db.connection).entries.first { $0.code == "401001" }
    }

    /// A connection of its own as the portal makes one: role huizong_portal, `account` signed in.
    func portal(_ account: String) throws -> Connection {
        let connection = try Connection(conninfo: db.conninfo, logger: TestDatabase.logger)
        try connection.execute("set role huizong_portal")
        try connection.execute("select set_config('huizong.account', $1, false)", [.text(account)])
        return connection
    }

    /// The English message of the `HuizongError.usage` that `body` throws, nil if it throws none.
    static func usage(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch HuizongError.usage(let refusal) {
            return refusal.message(.en)
        } catch {
            return "unexpected error: \(error)"
        }
    }

    /// The SQLSTATE of the server error `body` throws, nil if it throws none.
    static func sqlState(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as PostgresError {
            return error.sqlState
        } catch {
            return "unexpected error: \(error)"
        }
    }
}

import Foundation
import HuizongCore
import Testing

/// Department 401 (units 401001, 401002) and department 402 (unit 402001), an accountant
/// for each unit, the office of 401 and an admin; `huizong serve` on a free port.
final class PortalFixture {
    static let password = "portal-password"
    let db: TestDatabase
    let server: PortalServer

    init(serverArguments: [String] = []) throws {
        db = try TestDatabase()
        try db.register(
            root: ("401", "益阳市工业和信息化局"),
            units: [(code: "401001", name: "局本级", parent: nil), (code: "401002", name: "市无线电监测站", parent: nil)])
        try db.register(root: ("402", "另一部门"), units: [(code: "402001", name: "另一单位", parent: nil)])
        try AccountStore(connection: db.connection).add(
            name: "a401001", role: .accountant, unit: "401001", password: Self.password)
        for (name, role, unit) in [
            ("a401002", "accountant", "401002"), ("a402001", "accountant", "402001"), ("office401", "office", "401"),
            ("admin", "admin", nil),
        ] {
            try Self.addAccount(db, name, role: role, unit: unit)
        }
        server = try PortalServer(database: db, arguments: serverArguments)
    }

    /// An account with the same password as a401001, its hash copied: bcrypt at cost 12
    /// takes a quarter of a second per account, and `AccountTests` test `user add` itself.
    func addAccount(_ name: String, role: String, unit: String?) throws {
        try Self.addAccount(db, name, role: role, unit: unit)
    }

    private static func addAccount(_ db: TestDatabase, _ name: String, role: String, unit: String?) throws {
        try db.connection.execute(
            """
            insert into portal.account (name, role, unit_code, password_hash)
            select $1, $2, $3, password_hash from portal.account where name = 'a401001'
            """, [.text(name), .text(role), unit.map { .text($0) }])
    }

    /// A client signed in as `account` through the API.
    func client(_ account: String) throws -> PortalClient {
        let client = try PortalClient(server)
        let answer = try client.login(account, Self.password)
        try #require(answer.status == 200, "login as \(account): \(answer.status) \(answer.text)")
        return client
    }

    /// A valid submission of `unit` for 2022 (the spec's example).
    static func file(_ unit: String) -> Data {
        Data(RuleSubmissionBuilder(unit: unit).csv.utf8)
    }
}

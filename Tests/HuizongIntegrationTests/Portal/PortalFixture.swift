import Foundation
import HuizongCore
import HuizongPortal
import HummingbirdBcrypt
import NIOPosix
import Postgres
import Testing

/// Department 401 (units 401001, 401002) and department 402 (unit 402001), an accountant
/// for each unit, the office of 401 and an admin, in a fresh database.
/// Unchecked: a test uses it from one task at a time.
final class PortalAccounts: @unchecked Sendable {
    static let password = "portal-password"
    /// The password at bcrypt's least cost: a sign-in at the shipped cost 12 takes a quarter
    /// of a second of CPU, and the portal's tests sign in some sixty times; `AccountTests`
    /// test the cost itself. Verification takes the cost from the hash.
    static let quickHash = Bcrypt.hash(password, cost: 4)
    let db: TestDatabase

    /// With `demo`, the database is instead the reference department as `huizong demo` leaves
    /// it (units 401001–401004, the 2021 and 2022 runs, the 2022 indicator rows), and 402 is
    /// not there: the accountant a401001, office401 and admin.
    init(demo: Bool = false) throws {
        db = try TestDatabase()
        if demo {
            let out = try HuizongBinary.temporaryDirectory()
            let result = try HuizongBinary.run(["demo", "--out", out.path], database: db)
            try #require(result.status == 0, "demo failed: \(result.stderr)")
        } else {
            try db.register(
                root: ("401", "益阳市工业和信息化局"),
                units: [(code: "401001", name: "局本级", parent: nil), (code: "401002", name: "市无线电监测站", parent: nil)])
            try db.register(root: ("402", "另一部门"), units: [(code: "402001", name: "另一单位", parent: nil)])
        }
        try AccountStore(connection: db.connection).add(
            name: "a401001", role: .accountant, unit: "401001", password: Self.password)
        try db.connection.execute(
            "update portal.account set password_hash = $1 where name = 'a401001'", [.text(Self.quickHash)])
        let others = [
            ("a401002", "accountant", "401002"), ("a402001", "accountant", "402001"), ("office401", "office", "401"),
            ("admin", "admin", nil),
        ]
        for (name, role, unit) in others where !demo || unit != "402001" {
            try addAccount(name, role: role, unit: unit)
        }
    }

    /// An account with the same password as a401001, its hash copied: `user add` hashes at
    /// cost 12, and `AccountTests` test it.
    func addAccount(_ name: String, role: String, unit: String?) throws {
        try db.connection.execute(
            """
            insert into portal.account (name, role, unit_code, password_hash)
            select $1, $2, $3, password_hash from portal.account where name = 'a401001'
            """, [.text(name), .text(role), unit.map { .text($0) }])
    }

    /// A valid submission of `unit` for 2022 (the spec's example).
    static func file(_ unit: String) -> Data {
        Data(RuleSubmissionBuilder(unit: unit).csv.utf8)
    }
}

/// `PortalAccounts` behind the portal built in-process as `huizong serve` builds it
/// (`PortalApplication.build` over a `PortalService` on a pool of connections to the test's
/// database); requests go straight to its router (`PortalRouter`).
struct PortalFixture: Sendable {
    static var password: String { PortalAccounts.password }
    let accounts: PortalAccounts
    let router: PortalRouter

    var db: TestDatabase { accounts.db }

    /// Builds the portal over fresh accounts, runs `test` against it, then closes the pool.
    /// `uploadLimitMb` and `secureCookies` are `huizong serve`'s options of those names.
    /// With `demo`, over the reference department (`PortalAccounts(demo:)`); `pdf` is the
    /// LibreOffice the report's PDF is made with (by default `soffice` on PATH; nil: none).
    static func run(
        demo: Bool = false, uploadLimitMb: Int = 32, secureCookies: Bool = false,
        pdf: ReportPDF? = ReportPDF.locate(),
        _ test: @Sendable (PortalFixture) async throws -> Void
    ) async throws {
        let accounts = try PortalAccounts(demo: demo)
        let conninfo = accounts.db.conninfo
        let threads = NIOThreadPool(numberOfThreads: 4)
        threads.start()
        let pool = DatabasePool(capacity: 4, threads: threads) {
            try Connection(conninfo: conninfo, logger: TestDatabase.logger)
        }
        let database = PortalDatabase(pool: pool)
        let service = try PortalService(
            database: database, sessions: SessionStore(database: database), files: TestDatabase.files,
            logger: TestDatabase.logger, pdf: pdf)
        // As Serve.swift sizes it: the limit in MiB plus room for the form's own parts.
        let configuration = PortalConfiguration(
            host: "127.0.0.1", port: 0, uploadLimit: uploadLimitMb * 1024 * 1024 + 64 * 1024,
            secureCookies: secureCookies)
        let app = PortalApplication.build(configuration, service: service, logger: TestDatabase.logger)
        let outcome: Result<Void, any Error>
        do {
            try await test(PortalFixture(accounts: accounts, router: try await PortalRouter(app)))
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await service.close()
        try await threads.shutdownGracefully()
        try outcome.get()
    }

    /// A client that has not signed in.
    func anonymous() -> PortalTestClient {
        PortalTestClient(router)
    }

    /// A client signed in as `account` through the API.
    func client(_ account: String) async throws -> PortalTestClient {
        let client = anonymous()
        let answer = try await client.login(account, Self.password)
        try #require(answer.status == 200, "login as \(account): \(answer.status) \(answer.text)")
        return client
    }

    /// A client signed in through the login form, as a browser is.
    func browser(_ account: String) async throws -> PortalTestClient {
        let client = anonymous()
        let login = try await client.request("POST", "/login", form: ["user": account, "password": Self.password])
        try #require(login.status == 303, "form login as \(account): \(login.status) \(login.text)")
        return client
    }

    func addAccount(_ name: String, role: String, unit: String?) throws {
        try accounts.addAccount(name, role: role, unit: unit)
    }

    /// A valid submission of `unit` for 2022 (the spec's example).
    static func file(_ unit: String) -> Data {
        PortalAccounts.file(unit)
    }
}

/// `PortalAccounts` behind the real `huizong serve` on a free port, for the checks that
/// need real HTTP: the process, its sockets, its signals and its log.
final class PortalServerFixture {
    static var password: String { PortalAccounts.password }
    let accounts: PortalAccounts
    let server: PortalServer

    var db: TestDatabase { accounts.db }

    init(serverArguments: [String] = []) throws {
        accounts = try PortalAccounts()
        server = try PortalServer(database: accounts.db, arguments: serverArguments)
    }

    func addAccount(_ name: String, role: String, unit: String?) throws {
        try accounts.addAccount(name, role: role, unit: unit)
    }

    /// A curl client signed in as `account` through the API.
    func client(_ account: String) throws -> PortalClient {
        let client = try PortalClient(server)
        let answer = try client.login(account, Self.password)
        try #require(answer.status == 200, "login as \(account): \(answer.status) \(answer.text)")
        return client
    }
}

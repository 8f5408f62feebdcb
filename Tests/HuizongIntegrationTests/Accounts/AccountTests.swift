import Foundation
import HuizongCore
import Postgres
import Testing

/// Portal accounts: bcrypt hashes, roles tied to units, lock-out, and the append-only audit log.
@Suite("accounts") struct AccountTests {
    private func database() throws -> TestDatabase {
        let db = try TestDatabase()
        try db.register(root: ("401", "益阳市工业和信息化局"), units: [(code: "401001", name: "局本级", parent: nil)])
        return db
    }

    @Test("huizong user add reads the password from stdin, stores only a bcrypt hash; user list shows roles")
    func addAndList() throws {
        let db = try database()
        let added = try HuizongBinary.run(
            ["user", "add", "kuang", "--role", "accountant", "--unit", "401001"], database: db, input: "secret-pass\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "account kuang added (accountant of 401001)\n")
        #expect(try db.scalar("select password_hash ~ '^\\$2b\\$12\\$' from portal.account") == "t")
        #expect(try db.scalar("select count(*) from portal.account where password_hash like '%secret-pass%'") == "0")
        let listed = try HuizongBinary.run(["user", "list"], database: db)
        #expect(listed.stdout == "kuang  accountant  401001\n")
    }

    @Test(
        "usage errors: an office without a unit, an unknown unit, a short password, a second account of one name",
        arguments: [
            (["office1", "--role", "office"], "secret-pass", "huizong: the office role needs --unit\n"),
            (["a1", "--role", "accountant", "--unit", "999"], "secret-pass", "huizong: unknown unit 999\n"),
            (["a2", "--role", "admin"], "short", "huizong: a password needs at least 8 characters\n"),
            (["kuang", "--role", "admin"], "secret-pass", "huizong: account kuang exists\n"),
        ])
    func usageErrors(arguments: [String], password: String, message: String) throws {
        let db = try database()
        try AccountStore(connection: db.connection).add(
            name: "kuang", role: .accountant, unit: "401001", password: "secret-pass")
        let result = try HuizongBinary.run(["user", "add"] + arguments, database: db, input: password + "\n")
        #expect(result.status == 2)
        #expect(result.stderr == message)
    }

    @Test("five wrong passwords lock the account for 15 minutes, the right one included; success resets the count")
    func lockOut() throws {
        let db = try database()
        let accounts = AccountStore(connection: db.connection)
        try accounts.add(name: "kuang", role: .accountant, unit: "401001", password: "secret-pass")
        let kuang = AccountStore.Account(name: "kuang", role: .accountant, unitCode: "401001")
        #expect(try accounts.signIn(name: "kuang", password: "wrong") == .refused)
        #expect(try accounts.signIn(name: "kuang", password: "secret-pass") == .signedIn(kuang))
        for _ in 1..<AccountStore.maxFailures {
            #expect(try accounts.signIn(name: "kuang", password: "wrong") == .refused)
        }
        guard case .locked(let until) = try accounts.signIn(name: "kuang", password: "wrong") else {
            Issue.record("the fifth wrong password locks")
            return
        }
        #expect(try accounts.signIn(name: "kuang", password: "secret-pass") == .locked(until: until))
        let minutes = try db.scalar(
            "select round(extract(epoch from locked_until - now()) / 60) from portal.account")
        #expect(minutes == "15")
        try db.connection.execute("update portal.account set locked_until = now() - interval '1 second'")
        #expect(try accounts.signIn(name: "kuang", password: "secret-pass") == .signedIn(kuang))
        #expect(try accounts.signIn(name: "nobody", password: "secret-pass") == .refused)
        #expect(try db.scalar("select count(*) from portal.audit_log where action = 'login.failed'") == "6")
    }

    @Test("wrong passwords sent in parallel lock the account; the right password is refused until it ends")
    func parallelLockOut() throws {
        let db = try database()
        try AccountStore(connection: db.connection).add(
            name: "kuang", role: .accountant, unit: "401001", password: "secret-pass")
        let conninfo = db.conninfo
        // 24 failures, 8 at a time: the lock set by the fifth must survive the ones after it
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            guard let connection = try? Connection(conninfo: conninfo, logger: TestDatabase.logger) else { return }
            defer { connection.close() }
            for _ in 0..<3 { _ = try? AccountStore(connection: connection).signIn(name: "kuang", password: "wrong") }
        }
        let answer = try AccountStore(connection: db.connection).signIn(name: "kuang", password: "secret-pass")
        guard case .locked = answer else {
            Issue.record("the right password signed in after 24 parallel failures: \(answer)")
            return
        }
        #expect(try db.scalar("select count(*) from portal.audit_log where action = 'login.failed'") == "24")
    }

    @Test("a password bcrypt would cut (over 72 bytes, or with a NUL) is refused, and never signs in")
    func passwordsBcryptCuts() throws {
        let db = try database()
        let accounts = AccountStore(connection: db.connection)
        let refusal = "a password holds at most 72 bytes (UTF-8) and no NUL character"
        for password in [String(repeating: "密", count: 25), "\u{0}xxxxxxxxx"] {
            #expect(
                ReviewFixture.usage {
                    try accounts.add(name: "kuang", role: .accountant, unit: "401001", password: password)
                } == refusal)
        }
        let exact = String(repeating: "a", count: 72)
        try accounts.add(name: "kuang", role: .accountant, unit: "401001", password: exact)
        #expect(try accounts.signIn(name: "kuang", password: exact + "anything") == .refused)
        #expect(
            try accounts.signIn(name: "kuang", password: exact)
                == .signedIn(AccountStore.Account(name: "kuang", role: .accountant, unitCode: "401001")))
    }

    @Test("the audit log is append-only: update and delete are refused")
    func auditAppendOnly() throws {
        let db = try database()
        try AuditLog(connection: db.connection).record(
            actor: "office", action: "submission.approve", unit: "401001", detail: "ok")
        for statement in ["update portal.audit_log set detail = 'changed'", "delete from portal.audit_log"] {
            #expect {
                try db.connection.execute(statement, [])
            } throws: { error in
                (error as? PostgresError)?.sqlState == "42501"
            }
        }
        #expect(try db.scalar("select detail from portal.audit_log") == "ok")
    }
}

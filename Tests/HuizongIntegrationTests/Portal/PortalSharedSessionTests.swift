import Foundation
import Testing

/// Sessions live in PostgreSQL (issue 16): real `huizong serve` processes on one database.
@Suite("portal sessions in the database") struct PortalSharedSessionTests {
    @Test("a restart keeps the session; two servers share it, its CSRF token and its sign-out")
    func sharedSessions() throws {
        let fixture = try PortalServerFixture()
        let client = try fixture.client("office401")
        let status = "/api/status?unit=401&year=2022"
        #expect(try client.request("GET", status).status == 200)
        let cookie = try #require(
            try String(contentsOf: client.jarFile, encoding: .utf8).split(separator: "\t").last.map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            })
        #expect(try fixture.db.scalar("select count(*) from portal.session where account = 'office401'") == "1")
        #expect(
            try fixture.db.scalar(
                "select count(*) from portal.session where token_hash = sha256(convert_to($1, 'UTF8'))",
                [.text(cookie)]) == "1", "stored as the SHA-256 of the cookie's token")
        #expect(
            try fixture.db.scalar(
                "select count(*) from portal.session where position($1 in encode(token_hash, 'escape') || csrf) > 0",
                [.text(cookie)]) == "0", "the token itself is stored nowhere")

        // A restart: the same cookie is still signed in.
        #expect(fixture.server.stop().status == 0)
        let restarted = try PortalServer(database: fixture.db)
        client.base = restarted.base
        let after = try client.request("GET", status)
        #expect(after.status == 200, "\(after.text)")

        // A second process on the same database knows the session and its CSRF token.
        let second = try PortalServer(database: fixture.db)
        client.base = second.base
        #expect(try client.request("GET", status).status == 200)
        let run = try client.request("POST", "/api/runs", json: ["unit": "401", "year": 2022], token: true)
        #expect(run.status == 202, "\(run.text)")
        let forged = try client.request("POST", "/api/logout", arguments: ["-H", "X-CSRF-Token: forged"])
        #expect(forged.status == 403)

        // Sign-out on one ends it on the other.
        #expect(try client.request("POST", "/api/logout", token: true).status == 204)
        #expect(try fixture.db.scalar("select count(*) from portal.session") == "0")
        try restoreCookie(client, cookie)
        client.base = restarted.base
        let ended = try client.request("GET", status)
        #expect(ended.status == 401)
        #expect(ended.text == #"{"code":"sign_in_required","error":"请先登录。"}"#)
    }

    @Test("expiry is the database's: a session unused for 2 hours, or 12 hours old, is refused")
    func expiry() throws {
        let fixture = try PortalServerFixture()
        let client = try fixture.client("a401001")
        let path = "/api/submissions?unit=401001"
        #expect(try client.request("GET", path).status == 200)
        try fixture.db.connection.execute("update portal.session set last_seen = now() - interval '121 minutes'")
        #expect(try client.request("GET", path).status == 401)
        let again = try fixture.client("a401001")
        try fixture.db.connection.execute(
            "update portal.session set expires_at = now() - interval '1 second' where last_seen > now() - interval '1 minute'"
        )
        #expect(try again.request("GET", path).status == 401)
        let third = try fixture.client("a401001")
        #expect(try third.request("GET", path).status == 200)
        #expect(try fixture.db.scalar("select count(*) from portal.session") == "1", "ended sessions are cleared")
    }

    /// Puts a cleared cookie back in the jar, as an attacker who kept it would.
    func restoreCookie(_ client: PortalClient, _ cookie: String) throws {
        let line = "127.0.0.1\tFALSE\t/\tFALSE\t0\thuizong_session\t\(cookie)\n"
        try Data(("#HttpOnly_" + line).utf8).write(to: client.jarFile)
    }
}

import Foundation
import Testing

/// The database stopped under a running `huizong serve`, on a cluster of the test's own:
/// every route that needs it answers 503 `database_unavailable` (issue 16: a bare 500
/// "server error", `/healthz` included), and the portal recovers once it is back.
@Suite("portal database down") struct PortalDatabaseDownTests {
    static let unavailable = #"{"code":"database_unavailable","error":"数据库暂时无法访问，请几分钟后再试。"}"#

    @Test("503 database_unavailable on every route while PostgreSQL is down; back to 200 once it is up")
    func databaseDown() throws {
        let cluster = try TestCluster()
        let migrated = try HuizongBinary.run(
            ["migrate"], database: nil, environment: ["DATABASE_URL": cluster.conninfo])
        try #require(migrated.status == 0, "\(migrated.stderr)")
        let added = try HuizongBinary.run(
            ["user", "add", "root1", "--role", "admin"], database: nil,
            environment: ["DATABASE_URL": cluster.conninfo], input: PortalAccounts.password + "\n")
        try #require(added.status == 0, "\(added.stderr)")
        let server = try PortalServer(conninfo: cluster.conninfo)
        let client = try PortalClient(server)
        #expect(try client.login("root1", PortalAccounts.password).status == 200)
        #expect(try client.request("GET", "/api/submissions/1").status == 404)

        try cluster.stop()
        for path in ["/healthz", "/api/submissions/1", "/api/submissions?unit=x"] {
            let answer = try client.request("GET", path)
            #expect(answer.status == 503, "\(path)")
            #expect(answer.text == Self.unavailable, "\(path)")
        }
        let page = try client.request("GET", "/admin")
        #expect(page.status == 503)
        #expect(page.text.contains(#"<p class="error">数据库暂时无法访问，请几分钟后再试。</p>"#))
        let login = try PortalClient(server).login("root1", PortalAccounts.password)
        #expect(login.status == 503)
        #expect(login.text == Self.unavailable)

        try cluster.start()
        var health = 0
        for _ in 0..<20 where health != 200 {
            health = try client.request("GET", "/healthz").status
            if health != 200 { Thread.sleep(forTimeInterval: 0.2) }
        }
        #expect(health == 200, "the portal came back")
        #expect(try client.request("GET", "/api/submissions/1").status == 404)
        #expect(try PortalClient(server).login("root1", PortalAccounts.password).status == 200)
    }
}

import Foundation
import Testing

/// The admin sets up a unit and its accountant in the browser's forms; nobody else may.
@Suite("portal admin") struct PortalAdminTests {
    @Test("admin adds a unit and an accountant who can then sign in; the office may not; all audited")
    func addUnitAndAccount() async throws {
        try await PortalFixture.run { fixture in
            let admin = fixture.anonymous()
            let signIn = try await admin.request(
                "POST", "/login", form: ["user": "admin", "password": PortalFixture.password])
            #expect(signIn.status == 303)
            #expect(try await admin.request("GET", "/").headers["location"] == "/admin")
            let page = try await admin.request("GET", "/admin")
            #expect(page.text.contains("<td>401002</td>"))
            let csrf = try #require(PortalReviewTests.csrf(in: page.text))
            let unit = try await admin.request(
                "POST", "/admin/units", form: ["csrf": csrf, "code": "401003", "name": "市工业信息中心", "parent": "401"])
            #expect(unit.status == 303)
            let badName = try await admin.request(
                "POST", "/admin/accounts",
                form: ["csrf": csrf, "name": "王 会计", "role": "accountant", "unit": "401003", "password": "long-enough"])
            #expect(badName.status == 400)
            #expect(badName.text.contains("用户名只能由字母、数字和 _ . @ - 组成，最多 64 个字符。"))
            let account = try await admin.request(
                "POST", "/admin/accounts",
                form: [
                    "csrf": csrf, "name": "a401003", "role": "accountant", "unit": "401003",
                    "password": "new-password-1",
                ])
            #expect(account.status == 303)
            let after = try await admin.request("GET", "/admin")
            #expect(after.text.contains("<td>401003</td><td>　市工业信息中心</td><td>401</td>"))
            #expect(after.text.contains("<td>a401003</td><td>单位会计</td><td>401003</td>"))

            let newcomer = fixture.anonymous()
            #expect(try await newcomer.login("a401003", "new-password-1").status == 200)
            #expect(try await newcomer.request("GET", "/api/status?unit=401003&year=2022").status == 200)

            let office = fixture.anonymous()
            _ = try await office.request(
                "POST", "/login", form: ["user": "office401", "password": PortalFixture.password])
            #expect(try await office.request("GET", "/admin").status == 403)
            let officeCSRF = try #require(
                PortalReviewTests.csrf(in: try await office.request("GET", "/status?unit=401&year=2022").text))
            let refused = try await office.request(
                "POST", "/admin/units", form: ["csrf": officeCSRF, "code": "401009", "name": "x", "parent": "401"])
            #expect(refused.status == 403)
            #expect(try fixture.db.scalar("select count(*) from registry.unit where code = '401009'") == "0")
            #expect(
                try fixture.db.scalar(
                    "select string_agg(actor || ' ' || action || ' ' || unit_code, ', ' order by id) from portal.audit_log where actor = 'admin'"
                ) == "admin unit.add 401003, admin account.add 401003")
        }
    }
}

import Foundation
import Testing

/// Sign-in, the session cookie, CSRF tokens and sign-out, through the portal's router
/// in-process (`PortalEndToEndTests` checks the cookie over real HTTP).
@Suite("portal sessions") struct PortalSessionTests {
    @Test("a wrong password is 401 with the same answer as an unknown name; the right one gives a session")
    func login() async throws {
        try await PortalFixture.run { fixture in
            let client = fixture.anonymous()
            for (user, password) in [("a401001", "wrong-password"), ("nobody", "wrong-password")] {
                let refused = try await client.login(user, password)
                #expect(refused.status == 401)
                #expect(refused.text == #"{"code":"bad_credentials","error":"用户名或密码错误（连续输错 5 次，账号将锁定 15 分钟）。"}"#)
                #expect(refused.cookies.isEmpty)
            }
            let answer = try await client.login("a401001", PortalFixture.password)
            #expect(answer.status == 200)
            let json = try answer.json()
            #expect(json["user"] as? String == "a401001")
            #expect(json["role"] as? String == "accountant")
            #expect(json["unit"] as? String == "401001")
            #expect((json["csrf"] as? String)?.count == 43)
            let cookie = try #require(answer.cookies.first)
            #expect(cookie.hasPrefix("huizong_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"), "plain HTTP: a Secure cookie would never come back")
        }
    }

    @Test("state-changing requests without the session's CSRF token are 403; logout ends the session")
    func csrfAndLogout() async throws {
        try await PortalFixture.run { fixture in
            let client = try await fixture.client("a401001")
            let csrfError = #"{"code":"csrf_token_missing","error":"请求缺少有效的 CSRF 令牌，请刷新页面后重试。"}"#
            let noToken = try await client.upload(
                PortalFixture.file("401001"), name: "401001.csv", unit: "401001", year: 2022, csrf: false)
            #expect(noToken.status == 403)
            #expect(noToken.text == csrfError)
            let token = client.csrf
            client.csrf = "forged-token-of-the-right-length-0123456789a"
            let forged = try await client.request("POST", "/api/logout", token: true)
            #expect(forged.status == 403)
            #expect(forged.text == csrfError)
            #expect(try fixture.db.scalar("select count(*) from intake.upload") == "0", "nothing was stored")
            client.csrf = token
            let logout = try await client.request("POST", "/api/logout", token: true)
            #expect(logout.status == 204)
            #expect(logout.cookies.first?.contains("Max-Age=0") == true)
            let after = try await client.request("GET", "/api/status?unit=401001&year=2022")
            #expect(after.status == 401)
            #expect(after.text == #"{"code":"sign_in_required","error":"请先登录。"}"#)
        }
    }

    @Test("the page form signs in with a redirect, a wrong password shows the form again")
    func pageLogin() async throws {
        try await PortalFixture.run { fixture in
            let client = fixture.anonymous()
            let form = try await client.request("GET", "/login")
            #expect(form.status == 200)
            #expect(form.text.contains(#"<form id="login""#))
            let wrong = try await client.request("POST", "/login", form: ["user": "a401001", "password": "nope-nope"])
            #expect(wrong.status == 401)
            #expect(wrong.text.contains(#"<p class="error">用户名或密码错误（连续输错 5 次，账号将锁定 15 分钟）。</p>"#))
            let right = try await client.request(
                "POST", "/login", form: ["user": "a401001", "password": PortalFixture.password])
            #expect(right.status == 303)
            #expect(right.headers["location"] == "/")
            let home = try await client.request("GET", "/")
            #expect(home.status == 200)
            #expect(home.text.contains(#"<span id="whoami">a401001</span>"#))
            #expect(home.text.contains(#"<form id="upload""#))
            #expect(home.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        }
    }

    @Test("a page form without its csrf field is refused with 403 and nothing stored")
    func pageCSRF() async throws {
        try await PortalFixture.run { fixture in
            let client = try await fixture.client("office401")
            let run = try await client.request("POST", "/runs", form: ["unit": "401", "year": "2022"])
            #expect(run.status == 403)
            #expect(run.text.contains("请求缺少有效的 CSRF 令牌"))
            #expect(try fixture.db.scalar("select count(*) from pipeline.run") == "0")
        }
    }
}

import Foundation
import Testing

@testable import HuizongCore

/// Which accounts exist must not show (issue 16: a locked account answered "locked" in
/// 2 ms, an unknown name "wrong name or password" in 340 ms). The account here has a
/// password hashed at the shipped cost, as the decoy for unknown names is.
@Suite("portal sign-in") struct PortalSignInTests {
    @Test("a locked account and an unknown name get the same answer, each after one bcrypt")
    func lockedLooksUnknown() async throws {
        try await PortalFixture.run { fixture in
            try AccountStore(connection: fixture.db.connection).add(
                name: "kuang", role: .accountant, unit: "401001", password: "secret-pass")
            let client = fixture.anonymous()
            for _ in 0..<AccountStore.maxFailures { try await client.login("kuang", "wrong-password") }
            #expect(
                try fixture.db.scalar("select locked_until > now() from portal.account where name = 'kuang'") == "t")
            var answers: [String: [PortalAnswer]] = [:]
            var seconds: [String: [Double]] = [:]
            for round in 0..<3 {
                for (label, user, password) in [
                    ("unknown", "nobody\(round)", "secret-pass"), ("locked, right password", "kuang", "secret-pass"),
                    ("locked, wrong password", "kuang", "wrong-password"),
                ] {
                    let started = Date()
                    answers[label, default: []].append(try await client.login(user, password))
                    seconds[label, default: []].append(Date().timeIntervalSince(started))
                }
            }
            let expected = #"{"code":"bad_credentials","error":"用户名或密码错误（连续输错 5 次，账号将锁定 15 分钟）。"}"#
            for (label, list) in answers {
                for answer in list {
                    #expect(answer.status == 401, "\(label)")
                    #expect(answer.text == expected, "\(label)")
                    #expect(answer.cookies.isEmpty, "\(label)")
                }
            }
            // Timing is printed, not asserted (a loaded machine makes any bound flaky): that an
            // unknown name costs what an account costs is the decoy's cost, checked here.
            let medians = seconds.mapValues { $0.sorted()[1] }
            print("sign-in medians: \(medians.map { "\($0.key) \(Int($0.value * 1000)) ms" }.sorted())")
            let stored = try #require(
                try fixture.db.scalar("select password_hash from portal.account where name = 'kuang'"))
            #expect(AccountStore.decoy.prefix(7) == stored.prefix(7), "the decoy's bcrypt cost is an account's")
        }
    }
}

/// A sign-in posted from another site's page is refused (issue 16).
@Suite("portal sign-in origin") struct PortalOriginTests {
    static let json = Data(#"{"user":"a401001","password":"portal-password"}"#.utf8)
    static let form = Data("user=a401001&password=portal-password".utf8)

    func login(_ client: PortalTestClient, page: Bool, _ headers: [String: String]) async throws -> PortalAnswer {
        try await client.raw(
            "POST", page ? "/login" : "/api/login",
            contentType: page ? "application/x-www-form-urlencoded" : "application/json",
            body: page ? Self.form : Self.json, headers: headers)
    }

    @Test("a foreign Origin, or Referer without Origin, is 403 foreign_origin; same origin or none signs in")
    func origin() async throws {
        try await PortalFixture.run { fixture in
            for page in [false, true] {
                for headers in [
                    ["Origin": "https://evil.example"], ["Origin": "null"], ["Origin": "http://localhost.evil.example"],
                    ["Referer": "https://evil.example/login"],
                    ["Origin": "https://evil.example", "Referer": "http://localhost/"],
                ] {
                    let answer = try await login(fixture.anonymous(), page: page, headers)
                    #expect(answer.status == 403, "\(headers) page: \(page)")
                    #expect(answer.cookies.isEmpty)
                    let origin = headers["Origin"] ?? headers["Referer"] ?? ""
                    let text = "拒绝来自其他网站（\(origin)）的登录请求。"
                    if page {
                        #expect(answer.text.contains(#"<p class="error">\#(text)</p>"#), "\(headers)")
                    } else {
                        #expect(answer.text == #"{"code":"foreign_origin","error":"\#(text)"}"#, "\(headers)")
                    }
                }
                for headers in [[:], ["Origin": "http://localhost"], ["Referer": "http://localhost/login"]] {
                    let answer = try await login(fixture.anonymous(), page: page, headers)
                    #expect(answer.status == (page ? 303 : 200), "\(headers) page: \(page)")
                }
            }
        }
    }
}

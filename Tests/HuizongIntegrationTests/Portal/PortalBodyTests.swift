import Foundation
import Testing

/// A stranger's body is never read (issue 16: the page forms read up to 32 MiB before they
/// looked at the session). Each body here is a stream that counts what the server takes.
@Suite("portal bodies") struct PortalBodyTests {
    static let big = 32 * 1024 * 1024
    static let form = "application/x-www-form-urlencoded"
    static let multipart = "multipart/form-data; boundary=xyz"

    static let pages = [
        ("/logout", form), ("/submissions", multipart), ("/runs", form), ("/submissions/1/approve", form),
        ("/submissions/1/return", form), ("/unlock", form), ("/submissions/1/explanations", form),
        ("/submissions/1/explanations/abc/decision", form), ("/admin/units", form), ("/admin/accounts", form),
    ]
    static let api = [
        "/api/logout", "/api/submissions", "/api/runs", "/api/submissions/1/approve", "/api/submissions/1/return",
        "/api/unlock", "/api/submissions/1/explanations", "/api/submissions/1/explanations/abc/decision",
    ]

    @Test("every route that needs a session refuses a stranger's 32 MiB body without reading it")
    func sessionBeforeBody() async throws {
        try await PortalFixture.run { fixture in
            let client = fixture.anonymous()
            for (path, type) in Self.pages {
                let (answer, read) = try await client.postUnread(path, contentType: type, length: Self.big)
                #expect(answer.status == 401, "\(path)")
                #expect(answer.text.contains(#"<p class="error">请先登录。</p>"#), "\(path)")
                #expect(read == 0, "\(path) read \(read) bytes")
            }
            for path in Self.api {
                let (answer, read) = try await client.postUnread(
                    path, contentType: "application/json", length: Self.big)
                #expect(answer.status == 401, "\(path)")
                #expect(answer.text == #"{"code":"sign_in_required","error":"请先登录。"}"#, "\(path)")
                #expect(read == 0, "\(path) read \(read) bytes")
            }
        }
    }

    @Test("a sign-in body over 64 KiB is 413, told by Content-Length before it is read")
    func loginLimit() async throws {
        try await PortalFixture.run { fixture in
            let client = fixture.anonymous()
            for (path, type) in [("/login", Self.form), ("/api/login", "application/json")] {
                let (answer, read) = try await client.postUnread(path, contentType: type, length: Self.big)
                #expect(answer.status == 413, "\(path)")
                #expect(answer.text.contains("上传内容超过大小限制。"), "\(path): \(answer.text)")
                #expect(read == 0, "\(path) read \(read) bytes")
            }
        }
    }
}

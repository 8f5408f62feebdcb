import Foundation
import Testing

/// What a careless or hostile client sends: numbers out of range or of the wrong kind in
/// JSON, NUL characters in query parameters, names, passwords, comments and explanations,
/// forms that do not parse. Each is a 400 with a typed refusal, never a 500 (issue 16), and
/// the pages say it in Chinese.
@Suite("portal input") struct PortalInputTests {
    func json(_ client: PortalTestClient, _ path: String, _ body: String, token: Bool = true) async throws
        -> PortalAnswer
    {
        try await client.raw("POST", path, contentType: "application/json", body: Data(body.utf8), token: token)
    }

    @Test("JSON numbers out of range or of the wrong kind are 400 with a typed refusal")
    func jsonNumbers() async throws {
        try await PortalFixture.run { fixture in
            let office = try await fixture.client("office401")
            let cases: [(String, String)] = [
                (
                    #"{"unit":"401","year":-2147483649}"#,
                    #"{"code":"invalid_year","error":"年度（year）应为四位数字，收到的是“-2147483649”。"}"#
                ),
                (
                    #"{"unit":"401","year":2147483648}"#,
                    #"{"code":"invalid_year","error":"年度（year）应为四位数字，收到的是“2147483648”。"}"#
                ),
                (
                    #"{"unit":"401","year":1e30}"#,
                    #"{"code":"form_unreadable","error":"请求无法读取：有字段的值类型或大小不对。"}"#
                ),
                (
                    #"{"unit":"401","year":"2022"}"#,
                    #"{"code":"form_unreadable","error":"请求无法读取：字段 year 缺失，或其值的类型或大小不对。"}"#
                ),
                (
                    #"{"unit":"401","year":2022.5}"#,
                    #"{"code":"form_unreadable","error":"请求无法读取：有字段的值类型或大小不对。"}"#
                ),
                (
                    #"{"unit":"401"}"#,
                    #"{"code":"form_unreadable","error":"请求无法读取：字段 year 缺失，或其值的类型或大小不对。"}"#
                ),
                (#"{"unit":"401","#, #"{"code":"form_unreadable","error":"请求无法读取：内容不是有效的 JSON。"}"#),
            ]
            for (body, expected) in cases {
                let answer = try await json(office, "/api/runs", body)
                #expect(answer.status == 400, "\(body)")
                #expect(answer.text == expected, "\(body)")
            }
            let unlock = try await json(office, "/api/unlock", #"{"unit":"401001","year":-1,"comment":"x"}"#)
            #expect(unlock.status == 400)
            #expect(unlock.text.contains(#""code":"invalid_year""#))
            #expect(try fixture.db.scalar("select count(*) from pipeline.run") == "0")
        }
    }

    @Test("a NUL in a query parameter, a name, a password, a comment or an explanation is 400")
    func nul() async throws {
        try await PortalFixture.run { fixture in
            let anonymous = fixture.anonymous()
            for body in [
                #"{"user":"a401001\u0000x","password":"portal-password"}"#,
                #"{"user":"a401001","password":"\u0000xxxxxxxxx"}"#,
            ] {
                let answer = try await json(anonymous, "/api/login", body, token: false)
                #expect(answer.status == 400, "\(body)")
                let field = body.contains(#"1\u0000"#) ? "user" : "password"
                #expect(answer.text == #"{"code":"text_has_nul","error":"字段 \#(field) 含有空字符，无法保存。"}"#)
            }
            let page = try await anonymous.raw(
                "POST", "/login", contentType: "application/x-www-form-urlencoded",
                body: Data("user=a401001%00&password=portal-password".utf8))
            #expect(page.status == 400)
            #expect(page.text.contains("字段 user 含有空字符，无法保存。"))

            let office = try await fixture.client("office401")
            let status = try await office.request("GET", "/api/status?unit=401%00&year=2022")
            #expect(status.status == 400)
            #expect(status.text == #"{"code":"text_has_nul","error":"字段 unit 含有空字符，无法保存。"}"#)
            let statusPage = try await office.request("GET", "/status?unit=401&year=2022%00")
            #expect(statusPage.status == 400)
            #expect(statusPage.text.contains("字段 year 含有空字符，无法保存。"))

            let accountant = try await fixture.client("a401001")
            let uploaded = try await accountant.upload(
                PortalFixture.file("401001"), name: "401001.csv", unit: "401001", year: 2022)
            let id = try #require(try uploaded.json()["id"] as? Int)
            let explain = try await json(
                accountant, "/api/submissions/\(id)/explanations", #"{"finding":"abc","text":"a\u0000b"}"#)
            #expect(explain.status == 400)
            #expect(explain.text == #"{"code":"text_has_nul","error":"字段 text 含有空字符，无法保存。"}"#)
            let finding = try await accountant.request("POST", "/api/submissions/\(id)/explanations/a%00b/decision")
            #expect(finding.status != 500)
            let review = try await json(office, "/api/submissions/\(id)/return", #"{"comment":"bad\u0000"}"#)
            #expect(review.status == 400)
            #expect(review.text == #"{"code":"text_has_nul","error":"字段 comment 含有空字符，无法保存。"}"#)
            let upload = try await accountant.upload(
                PortalFixture.file("401001"), name: "401001.csv", unit: "401001\u{0}", year: 2022)
            #expect(upload.status == 400)
            #expect(upload.text == #"{"code":"text_has_nul","error":"字段 unit 含有空字符，无法保存。"}"#)
        }
    }

    @Test("a page form that does not parse is refused in Chinese, without the reader's English")
    func pageFormsInChinese() async throws {
        try await PortalFixture.run { fixture in
            let office = try await fixture.browser("office401")
            for (body, text) in [
                ("csrf=%zz", "请求无法读取：有百分号编码不完整或不是有效的文字。"),
                ("csrf=a&csrf=b", "请求无法读取：有字段重复提交。"),
                ("unit[x]=1", "请求无法读取：有字段名不属于此表单。"),
            ] {
                let answer = try await office.raw(
                    "POST", "/runs", contentType: "application/x-www-form-urlencoded", body: Data(body.utf8))
                #expect(answer.status == 400, "\(body)")
                #expect(answer.text.contains(#"<p class="error">\#(text)</p>"#), "\(body): \(answer.text)")
            }
            let upload = try await office.raw(
                "POST", "/submissions", contentType: "multipart/form-data; boundary=xyz", body: Data("--xyz\r\n".utf8))
            #expect(upload.status == 400)
            #expect(upload.text.contains("上传表单无法读取："), "\(upload.text)")
            #expect(upload.text.firstMatch(of: /multipart body|boundary/) == nil)
        }
    }
}

import Foundation
import Testing

/// Approval, return and unlocking through the API and the pages, with the history and
/// audit log they leave.
@Suite("portal review") struct PortalReviewTests {
    /// 401001 has uploaded an accepted file; its id.
    private static func uploaded(_ fixture: PortalFixture) async throws -> (PortalTestClient, Int) {
        let accountant = try await fixture.client("a401001")
        let answer = try await accountant.upload(
            PortalFixture.file("401001"), name: "401001.csv", unit: "401001", year: 2022)
        return (accountant, try #require(try answer.json()["id"] as? Int))
    }

    @Test("approve locks the unit-year, a new upload is rejected as locked, unlock lets it in; all in the audit log")
    func approveAndUnlock() async throws {
        try await PortalFixture.run { fixture in
            let (accountant, id) = try await Self.uploaded(fixture)
            let refused = try await accountant.request("POST", "/api/submissions/\(id)/approve", json: [:], token: true)
            #expect(refused.status == 403)
            #expect(refused.text == #"{"code":"forbidden","error":"您的账号无权进行此操作。"}"#)

            let office = try await fixture.client("office401")
            let approved = try await office.request(
                "POST", "/api/submissions/\(id)/approve", json: ["comment": "数据无误"], token: true)
            #expect(approved.status == 200)
            let record = try approved.json()
            #expect(record["locked"] as? Bool == true)
            let review = record["review"] as? [String: Any]
            #expect(review?["action"] as? String == "approve")
            #expect(review?["by"] as? String == "office401")
            #expect(review?["comment"] as? String == "数据无误")
            let twice = try await office.request("POST", "/api/submissions/\(id)/approve", json: [:], token: true)
            #expect(twice.status == 409)
            #expect(twice.text.hasPrefix(#"{"code":"already_approved","error":"单位 401001 2022 年度已由 office401 于 "#))

            let again = try await accountant.upload(
                PortalFixture.file("401001"), name: "again.csv", unit: "401001", year: 2022)
            let locked = try again.json()
            #expect(locked["status"] as? String == "rejected")
            let finding = (locked["findings"] as? [[String: Any]])?.first
            #expect(finding?["rule"] as? String == "locked")
            #expect(finding?["found"] as? String == "locked")
            let status = try await office.request("GET", "/api/status?unit=401&year=2022").json()
            #expect((status["units"] as? [[String: Any]])?.first?["state"] as? String == "approved")

            let noReason = try await office.request(
                "POST", "/api/unlock", json: ["unit": "401001", "year": 2022, "comment": " "], token: true)
            #expect(noReason.status == 400)
            #expect(noReason.text == #"{"code":"unlock_needs_comment","error":"解锁需要填写原因。"}"#)
            let unlocked = try await office.request(
                "POST", "/api/unlock", json: ["unit": "401001", "year": 2022, "comment": "更正支出"], token: true)
            #expect(unlocked.status == 200)
            #expect(try unlocked.json()["locked"] as? Bool == false)
            let third = try await accountant.upload(
                PortalFixture.file("401001"), name: "third.csv", unit: "401001", year: 2022)
            #expect(try third.json()["status"] as? String == "accepted")
            #expect(try third.json()["version"] as? Int == 2)

            let audit = try await office.request("GET", "/api/audit?unit=401").jsonArray()
            #expect(
                audit.map { "\($0["actor"]!) \($0["action"]!) \($0["unit"]!)" }
                    == ["office401 unlock 401001", "office401 approve 401001", "cli account.add 401001"])
            #expect(try await accountant.request("GET", "/api/audit").status == 403)
        }
    }

    @Test("return needs a reason; the accountant sees it in the history with who uploaded what")
    func returnWithComment() async throws {
        try await PortalFixture.run { fixture in
            let (accountant, id) = try await Self.uploaded(fixture)
            let office = try await fixture.client("office401")
            let empty = try await office.request(
                "POST", "/api/submissions/\(id)/return", json: ["comment": ""], token: true)
            #expect(empty.status == 400)
            #expect(empty.text == #"{"code":"return_needs_comment","error":"退回需要填写原因，单位会计会看到它。"}"#)
            let returned = try await office.request(
                "POST", "/api/submissions/\(id)/return", json: ["comment": "请补充项目说明"], token: true)
            #expect(returned.status == 200)
            let history = try await accountant.request("GET", "/api/submissions?year=2022").jsonArray()
            #expect(history.count == 1)
            #expect(history.first?["uploaded_by"] as? String == "a401001")
            #expect(history.first?["status"] as? String == "accepted")
            #expect((history.first?["sha256"] as? String)?.count == 64)
            let review = history.first?["review"] as? [String: Any]
            #expect(review?["action"] as? String == "return")
            #expect(review?["comment"] as? String == "请补充项目说明")
            let page = try await accountant.request("GET", "/history")
            #expect(page.text.contains(#"<td class="uploaded-by">a401001</td>"#))
            #expect(page.text.contains("已退回（office401）：请补充项目说明"))
            let officeList = try await office.request("GET", "/api/submissions?unit=401&year=2022").jsonArray()
            #expect(officeList.map { $0["unit"] as? String } == ["401001"])
        }
    }

    @Test("pages: the findings table, the office's status page, approval by form")
    func pages() async throws {
        try await PortalFixture.run { fixture in
            let accountant = try await fixture.client("a401001")
            var builder = RuleSubmissionBuilder(unit: "401001")
            let line = builder.append(
                .basic(func: "2150501", econ: "30101", initial: "1.00", final: "1.00", actual: "1.005"))
            let rejected = try await accountant.upload(
                Data(builder.csv.utf8), name: "bad.csv", unit: "401001", year: 2022)
            let badId = try #require(try rejected.json()["id"] as? Int)
            let page = try await accountant.request("GET", "/submissions/\(badId)")
            #expect(page.status == 200)
            #expect(page.text.contains(#"data-status="rejected">已拒收</span>"#))
            #expect(
                page.text.contains(
                    "<tr class=\"finding\"><td>第 \(line) 行</td><td>决算数</td><td>金额格式</td><td><span class=\"error\">错误</span></td><td>以元为单位的金额，最多两位小数，例如 1234.56</td><td>1.005</td></tr>"
                ))
            #expect(!page.text.contains(#"<form id="approve""#), "accountants do not review")
            let (_, id) = try await Self.uploaded(fixture)

            let office = fixture.anonymous()
            _ = try await office.request(
                "POST", "/login", form: ["user": "office401", "password": PortalFixture.password])
            let home = try await office.request("GET", "/")
            #expect(home.status == 303)
            #expect(home.headers["location"] == "/status?unit=401&year=2022")
            let status = try await office.request("GET", "/status?unit=401&year=2022")
            #expect(
                status.text.contains(
                    #"<tr data-unit="401001"><td>401001</td><td>局本级</td><td class="state" data-state="accepted">已接受</td>"#
                ))
            #expect(status.text.contains(#"<td class="state" data-state="missing">未报送</td>"#))
            let submission = try await office.request("GET", "/submissions/\(id)")
            let csrf = try #require(Self.csrf(in: submission.text))
            let approve = try await office.request(
                "POST", "/submissions/\(id)/approve", form: ["csrf": csrf, "comment": "同意"])
            #expect(approve.status == 303)
            #expect(approve.headers["location"] == "/submissions/\(id)")
            let after = try await office.request("GET", "/submissions/\(id)")
            #expect(after.text.contains(#"<span id="review-state" data-state="approved">已审核通过（office401）：同意</span>"#))
        }
    }

    /// The hidden CSRF field of a page's forms.
    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

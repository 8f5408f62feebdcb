import Foundation
import Testing

/// The loop of 审核说明 through the router in-process: the accountant of 401001 explains the
/// warnings of its submission (API and page form), the office accepts or rejects each,
/// approval waits for them; other units, the office writing and errors are refused; a new
/// version offers the old explanations until confirmed; all of it in the audit log.
@Suite("portal explanations") struct PortalExplanationTests {
    /// 401001's file with two warnings (actual_over_budget on 30101 and 30299).
    static func warnedFile() throws -> Data {
        var file = RuleSubmissionBuilder(unit: "401001")
        try file.change(RuleRow.line(econ: "30101")) { $0.actual = "620000.01" }
        try file.change(RuleRow.line(econ: "30299")) { $0.actual = "900000" }
        return Data(file.csv.utf8)
    }

    /// The accountant of 401001 has uploaded `warnedFile`; the submission's id and its two
    /// warnings' ids.
    static func uploaded(_ fixture: PortalFixture, _ accountant: PortalTestClient) async throws -> (Int, [String]) {
        let answer = try await accountant.upload(try warnedFile(), name: "401001.csv", unit: "401001", year: 2022)
        let json = try answer.json()
        #expect(json["status"] as? String == "accepted_with_warnings")
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        for finding in findings {
            #expect(finding["explanation"] is NSNull, "an unexplained warning has \"explanation\": null")
            #expect(finding["blocks_approval"] as? Bool == true)
        }
        return (try #require(json["id"] as? Int), findings.compactMap { $0["id"] as? String })
    }

    /// `POST /api/submissions/{id}/explanations` as `client`.
    static func explain(_ client: PortalTestClient, _ id: Int, _ body: [String: Any]) async throws -> PortalAnswer {
        try await client.request("POST", "/api/submissions/\(id)/explanations", json: body, token: true)
    }

    /// `POST …/explanations/{finding}/decision` as `client`.
    static func decide(_ client: PortalTestClient, _ id: Int, _ finding: String, _ body: [String: Any])
        async throws -> PortalAnswer
    {
        try await client.request(
            "POST", "/api/submissions/\(id)/explanations/\(finding)/decision", json: body, token: true)
    }

    @Test("API: explain both warnings, accept one, reject one; approval waits for them; all audited")
    func apiLoop() async throws {
        try await PortalFixture.run { fixture in
            let accountant = try await fixture.client("a401001")
            let office = try await fixture.client("office401")
            let (id, keys) = try await Self.uploaded(fixture, accountant)

            let early = try await office.request("POST", "/api/submissions/\(id)/approve", json: [:], token: true)
            #expect(early.status == 409)
            #expect(try early.json()["code"] as? String == "warnings_unexplained")
            let message = try #require(try early.json()["error"] as? String)
            #expect(message.hasPrefix("提交 #\(id) 还有 2 条警告没有单位的审核说明，暂不能审核通过："))
            #expect(keys.allSatisfy { message.contains($0) }, "the refusal names each warning: \(message)")

            let first = try await Self.explain(accountant, id, ["finding": keys[0], "text": "年中追加的工资，<已报批>"])
            #expect(first.status == 201)
            let explanation = try first.json()
            #expect(explanation["text"] as? String == "年中追加的工资，<已报批>")
            #expect(explanation["written_by"] as? String == "a401001")
            #expect(explanation["finding"] as? String == keys[0])
            #expect(explanation["origin"] is NSNull && explanation["decision"] is NSNull)
            let half = try await office.request("POST", "/api/submissions/\(id)/approve", json: [:], token: true)
            #expect(half.status == 409)
            #expect((try half.json()["error"] as? String)?.contains("还有 1 条警告") == true)
            #expect(try await Self.explain(accountant, id, ["finding": keys[1], "text": "采购价格上涨"]).status == 201)

            let bare = try await Self.decide(office, id, keys[1], ["decision": "rejected"])
            #expect(bare.status == 400)
            #expect(bare.text == #"{"code":"rejection_needs_comment","error":"不接受审核说明时需要填写意见，单位会计会看到它。"}"#)
            let odd = try await Self.decide(office, id, keys[1], ["decision": "maybe"])
            #expect(odd.status == 400)
            #expect(try odd.json()["code"] as? String == "invalid_parameter")
            let accepted = try await Self.decide(office, id, keys[0], ["decision": "accepted"])
            #expect(accepted.status == 200)
            let decision = try #require(try accepted.json()["decision"] as? [String: Any])
            #expect(decision["decision"] as? String == "accepted")
            #expect(decision["decided_by"] as? String == "office401")
            let rejected = try await Self.decide(office, id, keys[1], ["decision": "rejected", "comment": "请附采购合同"])
            #expect(rejected.status == 200)
            #expect((try rejected.json()["decision"] as? [String: Any])?["comment"] as? String == "请附采购合同")
            #expect(try await Self.decide(accountant, id, keys[0], ["decision": "accepted"]).status == 403)

            let detail = try await accountant.request("GET", "/api/submissions/\(id)").json()
            let findings = try #require(detail["findings"] as? [[String: Any]])
            let verdicts = findings.map {
                (($0["explanation"] as? [String: Any])?["decision"] as? [String: Any])?["decision"] as? String
            }
            #expect(Set(verdicts.compactMap { $0 }) == ["accepted", "rejected"])
            #expect(findings.allSatisfy { $0["blocks_approval"] as? Bool == false && $0["offer"] == nil })

            let approved = try await office.request("POST", "/api/submissions/\(id)/approve", json: [:], token: true)
            #expect(approved.status == 200)
            let late = try await Self.explain(accountant, id, ["finding": keys[0], "text": "补充"])
            #expect(late.status == 409)
            #expect(try late.json()["code"] as? String == "explain_locked")

            let audit = try await office.request("GET", "/api/audit?unit=401").jsonArray().map {
                "\($0["actor"]!) \($0["action"]!)"
            }
            #expect(
                audit.prefix(5)
                    == [
                        "office401 approve", "office401 reject_explanation", "office401 accept_explanation",
                        "a401001 explain", "a401001 explain",
                    ])
            let page = try await office.request("GET", "/audit?unit=401").text
            for (action, chinese) in [
                ("explain", "填写审核说明"), ("accept_explanation", "接受审核说明"), ("reject_explanation", "不接受审核说明"),
                ("approve", "审核通过"),
            ] {
                #expect(page.contains(#"<td class="action" data-action="\#(action)">\#(chinese)</td>"#), "\(action)")
            }
        }
    }

    @Test("refused: another unit's accountant (404), the office writing (403), an error (409), no text (400)")
    func refusals() async throws {
        try await PortalFixture.run { fixture in
            let accountant = try await fixture.client("a401001")
            let (id, keys) = try await Self.uploaded(fixture, accountant)
            for other in ["a401002", "a402001"] {
                let client = try await fixture.client(other)
                let answer = try await Self.explain(client, id, ["finding": keys[0], "text": "别的单位"])
                #expect(answer.status == 404, "\(other)")
                #expect(try answer.json()["code"] as? String == "not_found")
                #expect(try await client.request("GET", "/api/submissions/\(id)").status == 404)
            }
            let office = try await fixture.client("office401")
            let written = try await Self.explain(office, id, ["finding": keys[0], "text": "财务科代写"])
            #expect(written.status == 403)
            #expect(try written.json()["code"] as? String == "role_may_not_explain")
            #expect((try written.json()["error"] as? String)?.contains("只有本单位会计可以填写审核说明") == true)
            #expect(
                try await Self.decide(office, id, keys[0], ["decision": "accepted"]).status == 409,
                "nothing to decide yet")

            let empty = try await Self.explain(accountant, id, ["finding": keys[0], "text": "  "])
            #expect(empty.status == 400)
            #expect(empty.text == #"{"code":"explanation_needs_text","error":"审核说明不能为空，请写明数字为何无误。"}"#)
            #expect(try await Self.explain(accountant, id, ["finding": keys[0]]).status == 400)
            let unknown = try await Self.explain(accountant, id, ["finding": "000000000000", "text": "x"])
            #expect(unknown.status == 404)
            #expect(try unknown.json()["code"] as? String == "unknown_finding")
            let noOffer = try await Self.explain(accountant, id, ["finding": keys[0], "confirm": true])
            #expect(noOffer.status == 409)
            #expect(try noOffer.json()["code"] as? String == "no_explanation_to_confirm")

            var bad = RuleSubmissionBuilder(unit: "401001")
            _ = bad.append(.basic(func: "2150501", econ: "30101", initial: "1.00", final: "1.00", actual: "1.005"))
            let rejected = try await accountant.upload(Data(bad.csv.utf8), name: "bad.csv", unit: "401001", year: 2022)
                .json()
            let badId = try #require(rejected["id"] as? Int)
            let error = try #require((rejected["findings"] as? [[String: Any]])?.first)
            #expect(error["severity"] as? String == "error" && error["explanation"] == nil)
            let refused = try await Self.explain(
                accountant, badId, ["finding": try #require(error["id"] as? String), "text": "x"])
            #expect(refused.status == 409)
            #expect(try refused.json()["code"] as? String == "error_not_explainable")
            #expect((try refused.json()["error"] as? String)?.contains("是错误，不能用审核说明代替") == true)
            #expect(try fixture.db.scalar("select count(*) from intake.explanation") == "0")
        }
    }

    @Test("pages: the accountant's form, the office's decision forms, the refusal of an early approval, the run")
    func pages() async throws {
        try await PortalFixture.run { fixture in
            let api = try await fixture.client("a401001")
            let (id, keys) = try await Self.uploaded(fixture, api)
            let accountant = try await fixture.browser("a401001")
            let page = try await accountant.request("GET", "/submissions/\(id)").text
            for key in keys {
                #expect(page.contains(#"<tr class="finding" data-finding="\#(key)">"#))
                #expect(page.contains(#"<input type="hidden" name="finding" value="\#(key)">"#))
            }
            #expect(page.components(separatedBy: #"<form class="explain""#).count == 3)
            #expect(
                page.contains(
                    #"<td class="explanation" data-state="unexplained"><span class="unexplained">待说明</span></td>"#))
            #expect(!page.contains(#"<form class="decide""#))
            let csrf = try #require(PortalReviewTests.csrf(in: page))
            for (key, text) in zip(keys, ["工资调整<script>alert(1)</script>", "采购价格上涨"]) {
                let posted = try await accountant.request(
                    "POST", "/submissions/\(id)/explanations", form: ["csrf": csrf, "finding": key, "text": text])
                #expect(posted.status == 303)
                #expect(posted.headers["location"] == "/submissions/\(id)")
            }
            let explained = try await accountant.request("GET", "/submissions/\(id)").text
            #expect(explained.contains("工资调整&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!explained.contains("<script>"))
            #expect(explained.components(separatedBy: #"<div class="decision-pending">待财务科审定</div>"#).count == 3)

            let office = try await fixture.browser("office401")
            let officePage = try await office.request("GET", "/submissions/\(id)").text
            #expect(officePage.components(separatedBy: #"<form class="decide""#).count == 3)
            #expect(officePage.contains(#"<button type="submit" name="decision" value="rejected">不接受</button>"#))
            #expect(!officePage.contains(#"<form class="explain""#))
            let token = try #require(PortalReviewTests.csrf(in: officePage))
            let decision = "/submissions/\(id)/explanations/\(keys[1])/decision"
            let bare = try await office.request(
                "POST", decision, form: ["csrf": token, "decision": "rejected", "comment": ""])
            #expect(bare.status == 400)
            #expect(bare.text.contains("不接受审核说明时需要填写意见，单位会计会看到它。"))
            #expect(
                try await office.request(
                    "POST", decision, form: ["csrf": token, "decision": "rejected", "comment": "请附合同"]
                )
                .status
                    == 303)
            #expect(
                try await office.request(
                    "POST", "/submissions/\(id)/explanations/\(keys[0])/decision",
                    form: ["csrf": token, "decision": "accepted", "comment": ""]
                ).status == 303)
            let decided = try await accountant.request("GET", "/submissions/\(id)").text
            #expect(decided.contains(#"data-decision="accepted">已接受（office401 于 "#))
            #expect(decided.contains(#"data-decision="rejected">不接受（office401 于 "#))
            #expect(decided.contains("）：请附合同</div>"))

            let approve = try await office.request("POST", "/submissions/\(id)/approve", form: ["csrf": token])
            #expect(approve.status == 303)
            let run = try await fixture.client("office401").request(
                "POST", "/api/runs", json: ["unit": "401", "year": 2022], token: true)
            let runId = try #require(try run.json()["run"] as? Int)
            _ = try await office.finishedRun(runId)
            let runPage = try await office.request("GET", "/runs/\(runId)").text
            #expect(runPage.contains(#"<table id="run-explanations">"#))
            for key in keys {
                #expect(runPage.contains(#"<tr class="run-warning" data-unit="401001" data-finding="\#(key)">"#))
            }
            #expect(runPage.contains(#"data-decision="rejected""#) && runPage.contains("采购价格上涨"))
        }
    }

    @Test("an approval before the explanations is refused on the page, naming how many and which")
    func earlyApprovalPage() async throws {
        try await PortalFixture.run { fixture in
            let (id, keys) = try await Self.uploaded(fixture, try await fixture.client("a401001"))
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/submissions/\(id)").text
            #expect(page.contains(#"<p id="unexplained" class="warning" data-count="2">还有 2 条警告没有单位的审核说明"#))
            let token = try #require(PortalReviewTests.csrf(in: page))
            let refused = try await office.request("POST", "/submissions/\(id)/approve", form: ["csrf": token])
            #expect(refused.status == 409)
            #expect(refused.text.contains("提交 #\(id) 还有 2 条警告没有单位的审核说明，暂不能审核通过："))
            #expect(keys.allSatisfy { refused.text.contains($0) })
        }
    }

    @Test("a second version offers the first one's explanations, prefilled and marked; they count once confirmed")
    func offers() async throws {
        try await PortalFixture.run { fixture in
            let api = try await fixture.client("a401001")
            let (first, keys) = try await Self.uploaded(fixture, api)
            for key in keys {
                #expect(try await Self.explain(api, first, ["finding": key, "text": "说明 \(key)"]).status == 201)
            }
            let (second, again) = try await Self.uploaded(fixture, api)
            #expect(Set(again) == Set(keys), "a finding keeps its id from version to version")
            let detail = try await api.request("GET", "/api/submissions/\(second)").json()
            for finding in try #require(detail["findings"] as? [[String: Any]]) {
                let offer = try #require(finding["offer"] as? [String: Any])
                #expect(offer["text"] as? String == "说明 \(finding["id"] as? String ?? "")")
                let origin = offer["origin"] as? [String: Any]
                #expect(origin?["version"] as? Int == 1 && origin?["label"] as? String == "版本 1")
            }
            let office = try await fixture.client("office401")
            let early = try await office.request("POST", "/api/submissions/\(second)/approve", json: [:], token: true)
            #expect(early.status == 409, "an offer does not count until it is confirmed")

            let accountant = try await fixture.browser("a401001")
            let page = try await accountant.request("GET", "/submissions/\(second)").text
            #expect(
                page.components(separatedBy: #"<p class="offer" data-origin="版本 1">来自版本 1 的说明，提交后才生效</p>"#).count == 3)
            #expect(page.contains(#"placeholder="说明该数字为何无误">说明 \#(again[0])</textarea>"#))

            let confirmed = try await Self.explain(api, second, ["finding": again[0], "confirm": true])
            #expect(confirmed.status == 201)
            #expect((try confirmed.json()["origin"] as? [String: Any])?["label"] as? String == "版本 1")
            let offers = Self.fields("offer", in: page)
            #expect(offers.count == 2)
            let offerId = try #require(offers.last)
            let csrf = try #require(PortalReviewTests.csrf(in: page))
            let posted = try await accountant.request(
                "POST", "/submissions/\(second)/explanations",
                form: ["csrf": csrf, "finding": again[1], "offer": offerId, "text": " 说明 \(again[1])\n"])
            #expect(posted.status == 303)
            let after = try await accountant.request("GET", "/submissions/\(second)").text
            #expect(after.components(separatedBy: "，沿用自版本 1</div>").count == 3)
            #expect(
                try await office.request("POST", "/api/submissions/\(second)/approve", json: [:], token: true).status
                    == 200)
            let audit = try await office.request("GET", "/api/audit?unit=401").jsonArray().map { "\($0["action"]!)" }
            #expect(audit.filter { $0 == "confirm_explanation" }.count == 2)
        }
    }

    /// The values of the hidden fields `name` on a page, in order.
    static func fields(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: #"name="\#(name)" value=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}

import Foundation
import HuizongCore
import Postgres
import Testing

@Suite("explanations (审核说明)")
struct ExplanationTests {
    @Test("approval waits for every warning's explanation; the office accepts one and rejects one")
    func loop() throws {
        let fixture = try ExplanationFixture()
        let outcome = try fixture.submitWarnings()
        let ids = outcome.findings.compactMap(\.id)
        try #require(ids.count == 2 && Set(ids).count == 2)
        let submission = outcome.submissionId
        let approve = { _ = try fixture.review.reviews.approve(submission: submission, actor: "office401") }
        #expect(
            fixture.refusal(approve)
                == "cannot approve submission \(submission): 2 warning(s) have no explanation from the unit yet: "
                + "\(ids[0]) (actual_over_budget, line 11), \(ids[1]) (actual_over_budget, line 13)")
        try fixture.store.explain(submission: submission, finding: ids[0], text: " 年中追加工资 ", actor: "a401001")
        #expect(fixture.refusal(approve)?.contains("1 warning(s)") == true)
        try fixture.store.explain(submission: submission, finding: ids[1], text: "专项追加", actor: "a401001")
        let accepted = try fixture.store.decide(
            submission: submission, finding: ids[0], verdict: .accepted, comment: nil, actor: "office401")
        #expect(accepted.text == "年中追加工资" && accepted.decision?.verdict == .accepted)
        #expect(
            fixture.refusal {
                _ = try fixture.store.decide(
                    submission: submission, finding: ids[1], verdict: .rejected, comment: " ", actor: "office401")
            } == "rejecting an explanation needs a comment for the unit's accountant")
        try fixture.store.decide(
            submission: submission, finding: ids[1], verdict: .rejected, comment: "请附文件", actor: "office401")
        try approve()
        let warnings = try fixture.store.warnings(submission: submission, policy: ExplanationPolicy())
        #expect(warnings.map { $0.explanation?.decision?.verdict } == [.accepted, .rejected])
        #expect(warnings.allSatisfy { !$0.blocksApproval })
        #expect(
            try fixture.audit()
                == "explain a401001, explain a401001, accept_explanation office401, reject_explanation office401, "
                + "approve office401")
        #expect(
            fixture.refusal {
                _ = try fixture.store.explain(submission: submission, finding: ids[0], text: "再改", actor: "a401001")
            }?.hasPrefix("cannot explain findings of submission \(submission): 401001 2022 is approved and locked")
                == true)
    }

    @Test("an optional rule's warnings do not hold approval up")
    func optionalRule() throws {
        let fixture = try ExplanationFixture()
        let outcome = try fixture.submitWarnings()
        let policy = ExplanationPolicy(optionalRules: ["actual_over_budget"])
        try ReviewStore(connection: fixture.db.connection, policy: policy).approve(
            submission: outcome.submissionId, actor: "office401")
    }

    @Test("errors cannot be explained; only the unit's own accountant explains, only the office decides")
    func refusals() throws {
        let fixture = try ExplanationFixture()
        let outcome = try fixture.submitWarnings()
        let id = try #require(outcome.findings.first?.id)
        let submission = outcome.submissionId
        #expect(
            fixture.refusal {
                _ = try fixture.store.explain(submission: submission, finding: id, text: "x", actor: "office401")
            } == "account office401 is a office: only the unit's accountant may write an explanation")
        #expect(
            fixture.refusal {
                _ = try fixture.store.explain(submission: submission, finding: id, text: "x", actor: "a401002")
            } == "unit 401001 is outside the units of account a401002")
        #expect(
            fixture.refusal {
                _ = try fixture.store.decide(
                    submission: submission, finding: id, verdict: .accepted, comment: nil, actor: "a401001")
            } == "account a401001 is an accountant: only the finance office or an admin may decide on an explanation")
        #expect(
            fixture.refusal {
                _ = try fixture.store.explain(
                    submission: submission, finding: "000000000000", text: "x", actor: "a401001")
            } == "unknown finding 000000000000 of submission \(submission)")
        var broken = try ExplanationFixture.file()
        broken.appropriation = "1.00"
        let rejected = try fixture.db.submit(broken.csv, fileName: "broken.csv")
        let error = try #require(rejected.findings.first { $0.code == "balance" }?.id)
        #expect(
            fixture.refusal {
                _ = try fixture.store.explain(
                    submission: rejected.submissionId, finding: error, text: "x", actor: "a401001")
            } == "finding \(error) of submission \(rejected.submissionId) is an error: errors cannot be explained, "
                + "correct the file and upload it again")
        #expect(try fixture.db.scalar("select count(*) from intake.explanation") == "0")
    }

    // The fixture's clean file is version 1; the file with warnings comes as versions 2 and 3.
    @Test("a new version offers the old explanation, which counts only once confirmed; next year's too")
    func followsTheFinding() throws {
        let fixture = try ExplanationFixture()
        let first = try fixture.submitWarnings()
        let ids = first.findings.compactMap(\.id)
        for id in ids {
            try fixture.store.explain(submission: first.submissionId, finding: id, text: "说明 \(id)", actor: "a401001")
        }
        let second = try fixture.submitWarnings()
        #expect(second.findings.compactMap(\.id) == ids, "the same finding keeps its id in the next version")
        let offered = try fixture.store.warnings(submission: second.submissionId, policy: ExplanationPolicy())
        #expect(offered.map { $0.offer?.text } == ids.map { "说明 \($0)" })
        #expect(offered.map { $0.offer?.origin?.label(forYear: 2022) } == ["版本 2", "版本 2"])
        #expect(offered.allSatisfy { $0.explanation == nil && $0.blocksApproval })
        let confirmed = try fixture.store.confirm(submission: second.submissionId, finding: ids[0], actor: "a401001")
        #expect(confirmed.text == "说明 \(ids[0])" && confirmed.origin?.version == 2)
        #expect(
            try fixture.store.unexplained(submission: second.submissionId, policy: ExplanationPolicy()).map(\.id)
                == [ids[1]])
        let nextYear = try fixture.submitWarnings(year: 2023)
        let offers = try fixture.store.warnings(submission: nextYear.submissionId, policy: ExplanationPolicy())
        #expect(offers.map { $0.offer?.origin?.label(forYear: 2023) } == ["2022 年", "2022 年"])
        #expect(offers.first?.offer?.text == "说明 \(ids[0])", "the newest explanation of 2022 (version 2's)")
    }

    @Test("on the portal's connection an accountant sees only its unit's explanations, and the office cannot write")
    func rowLevelSecurity() throws {
        let fixture = try ExplanationFixture()
        let outcome = try fixture.submitWarnings()
        let id = try #require(outcome.findings.first?.id)
        let own = try fixture.review.portal("a401001")
        try ExplanationStore(connection: own).explain(
            submission: outcome.submissionId, finding: id, text: "说明", actor: "a401001")
        let other = try fixture.review.portal("a401002")
        #expect(try other.execute("select count(*) as n from intake.explanation").first?["n"] == "0")
        let office = try fixture.review.portal("office401")
        #expect(try office.execute("select count(*) as n from intake.explanation").first?["n"] == "1")
        #expect(
            ReviewFixture.sqlState {
                try office.execute(
                    """
                    insert into intake.explanation
                        (submission_id, unit_code, fiscal_year, finding_key, code, text, written_by)
                    values ($1::bigint, '401001', 2022, $2, 'actual_over_budget', 'x', 'office401')
                    """, [.text(String(outcome.submissionId)), .text(id)])
            } == "42501")
        try ExplanationStore(connection: office).decide(
            submission: outcome.submissionId, finding: id, verdict: .accepted, comment: "同意", actor: "office401")
    }

    @Test("a finding has one id at intake, in the run and in --format json, in either language")
    func oneId() throws {
        let fixture = try ExplanationFixture()
        let outcome = try fixture.submitWarnings()
        try ReviewFixture.submit(fixture.db, unit: "401002")
        let run = try fixture.db.run(node: "401", year: 2022)
        var fromRun: [String] = []
        try RunFindings.forEach(runId: run.runId, connection: fixture.db.connection) { fromRun.append($0.id ?? "") }
        #expect(fromRun.sorted() == outcome.findings.compactMap(\.id).sorted())
        let cli = try HuizongBinary.run(
            ["findings", "--unit", "401", "--year", "2022", "--format", "json", "--lang", "zh"], database: fixture.db)
        #expect(cli.status == 0, "\(cli.stderr)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["id"] as? String }.sorted() == fromRun.sorted())
        let first = try #require(findings.first)
        #expect(
            Set(first.keys)
                == [
                    "id", "code", "severity", "unit", "submission", "line", "cell", "column", "item", "args", "message",
                ])
        #expect(first["code"] as? String == "actual_over_budget")
        #expect((first["args"] as? [String: Any])?["budget_final"] as? String == "620000.00")
        #expect(first["message"] as? String == "应为不超过全年预算数 620000.00；实际为620000.01")
    }
}

import Foundation
import Testing

@testable import HuizongCore

@Suite("Runs as jobs: the portal answers at once and the run goes on in the server")
struct PortalRunJobTests {
    @Test("POST /api/runs answers 202 at once; a second POST names the same run; the page refreshes until it ends")
    func runAsJob() async throws {
        try await PortalFixture.run { fixture in
            for unit in ["401001", "401002"] {
                let upload = try await fixture.client("a\(unit)").upload(
                    PortalFixture.file(unit), name: "\(unit).csv", unit: unit, year: 2022)
                try #require(upload.status == 200, "\(upload.text)")
            }
            let office = try await fixture.client("office401")
            // Hold the run after its row is recorded: it waits for this lock to record its inputs,
            // so an answer while the lock is held is an answer before the run has done anything.
            // How fast it answers is measured, not asserted (README: 0.05 s on a 1M-line department).
            try fixture.db.connection.execute("begin")
            try fixture.db.connection.execute("lock table pipeline.run_submission in share mode")
            let first = try await office.request("POST", "/api/runs", json: ["unit": "401", "year": 2022], token: true)
            #expect(first.status == 202, "\(first.text)")
            let json = try first.json()
            let runId = try #require(json["run"] as? Int)
            #expect(json["outcome"] as? String == "running")
            #expect(json["href"] as? String == "/runs/\(runId)")
            #expect(json.keys.contains("exit") && json["exit"] is NSNull)
            #expect(try fixture.db.scalar("select status from pipeline.run where id = \(runId)") == "running")

            let second = try await office.request(
                "POST", "/api/runs", json: ["unit": "401", "year": 2022], token: true)
            #expect(second.status == 202)
            #expect(try second.json()["run"] as? Int == runId)
            let status = try await office.request("GET", "/status?unit=401&year=2022")
            let csrf = try #require(PortalReviewTests.csrf(in: status.text))
            let button = try await office.request("POST", "/runs", form: ["csrf": csrf, "unit": "401", "year": "2022"])
            #expect(button.status == 303 && button.headers["location"] == "/runs/\(runId)")
            #expect(status.text.contains("进行中"))

            let running = try await office.request("GET", "/runs/\(runId)").text
            #expect(running.contains(#"<meta http-equiv="refresh" content="2">"#))
            #expect(running.contains(#"<p id="run-outcome" data-outcome="running"><span class="running">进行中"#))
            #expect(!running.contains("<script"))

            try fixture.db.connection.execute("rollback")
            let finished = try await office.finishedRun(runId)
            #expect(finished["outcome"] as? String == "complete" && finished["exit"] as? Int == 0)
            let page = try await office.request("GET", "/runs/\(runId)").text
            #expect(!page.contains("http-equiv=\"refresh\""))
            #expect(page.contains(#"<p id="run-outcome" data-exit="0" data-outcome="complete"><span class="ok">完成："#))
            let after = try await office.request("GET", "/status?unit=401&year=2022").text
            #expect(after.contains("，完成，0 个错误"))
            #expect(try fixture.db.scalar("select count(*) from pipeline.run") == "1")
        }
    }
}

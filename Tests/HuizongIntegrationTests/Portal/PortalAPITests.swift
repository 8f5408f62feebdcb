import Foundation
import Testing

/// The JSON API of spec/portal-api.md through the router in-process: uploads with their
/// findings, the raw file, status, a run, and exports identical to the CLI's.
@Suite("portal API") struct PortalAPITests {
    @Test("an accountant's upload: its status, its findings, the raw bytes back, its uploader")
    func upload() async throws {
        try await PortalFixture.run { fixture in
            let client = try await fixture.client("a401001")
            let good = PortalFixture.file("401001")
            let accepted = try await client.upload(good, name: "401001-2022.csv", unit: "401001", year: 2022)
            #expect(accepted.status == 200)
            let json = try accepted.json()
            #expect(json["status"] as? String == "accepted")
            #expect(json["unit"] as? String == "401001")
            #expect(json["uploaded_by"] as? String == "a401001")
            #expect((json["findings"] as? [Any])?.isEmpty == true)
            let id = try #require(json["id"] as? Int)
            let raw = try await client.request("GET", "/api/submissions/\(id)/raw")
            #expect(raw.status == 200)
            #expect(raw.body == good)
            #expect(
                raw.headers["content-disposition"]
                    == #"attachment; filename="401001-2022.csv"; filename*=UTF-8''401001-2022.csv"#)
            #expect(try fixture.db.scalar("select uploaded_by from intake.upload") == "a401001")

            var builder = RuleSubmissionBuilder(unit: "401001")
            let line = builder.append(
                .basic(func: "2150501", econ: "30101", initial: "1.00", final: "1.00", actual: "1.005"))
            let rejected = try await client.upload(Data(builder.csv.utf8), name: "bad.csv", unit: "401001", year: 2022)
            #expect(rejected.status == 200, "a rejected file is still a successful upload")
            let refusal = try rejected.json()
            #expect(refusal["status"] as? String == "rejected")
            let findings = try #require(refusal["findings"] as? [[String: Any]])
            #expect(findings.count == 1)
            #expect(findings.first?["rule"] as? String == "amount")
            #expect(findings.first?["severity"] as? String == "error")
            #expect(findings.first?["line"] as? Int == line)
            #expect(findings.first?["column"] as? String == "actual")
            #expect(findings.first?["found"] as? String == "1.005")
            #expect(
                findings.first?["message"] as? String
                    == "error: bad.csv:\(line): column actual: [amount] expected a yuan amount with at most two decimals, e.g. 1234.56, found 1.005"
            )
        }
    }

    @Test("the office: status, a run, and exports byte-identical to huizong export")
    func officeCycle() async throws {
        try await PortalFixture.run { fixture in
            for unit in ["401001", "401002"] {
                let accountant = try await fixture.client("a\(unit)")
                let answer = try await accountant.upload(
                    PortalFixture.file(unit), name: "\(unit).csv", unit: unit, year: 2022)
                #expect(try answer.json()["status"] as? String == "accepted")
            }
            let office = try await fixture.client("office401")
            let status = try await office.request("GET", "/api/status?unit=401&year=2022").json()
            #expect(status["in_force"] as? Int == 2)
            let states = (status["units"] as? [[String: Any]])?.map { "\($0["code"]!) \($0["state"]!)" }
            #expect(states == ["401001 accepted", "401002 accepted"])

            let run = try await office.request("POST", "/api/runs", json: ["unit": "401", "year": 2022], token: true)
            #expect(run.status == 202)
            let outcome = try await office.finishedRun(try #require(try run.json()["run"] as? Int))
            #expect(outcome["exit"] as? Int == 0)
            #expect(outcome["complete"] as? Bool == true)
            #expect(outcome["run"] as? Int != nil)

            for (path, arguments) in [
                (
                    "/api/exports/base-data?unit=401&year=2022&format=json",
                    ["export", "base-data", "--unit", "401", "--year", "2022", "--format", "json"]
                ),
                (
                    "/api/exports/totals?unit=401&year=2022&by=func&format=csv",
                    ["export", "totals", "--unit", "401", "--year", "2022", "--by", "func", "--format", "csv"]
                ),
            ] {
                let portal = try await office.request("GET", path)
                #expect(portal.status == 200)
                // A download is a file: compared with the CLI's -o file (a CSV file has a BOM for Excel).
                let file = try HuizongBinary.temporaryDirectory().appendingPathComponent("export")
                let cli = try HuizongBinary.run(arguments + ["-o", file.path], database: fixture.db)
                #expect(cli.status == 0)
                #expect(portal.body == (try Data(contentsOf: file)), "\(path)")
            }
            let xlsx = try await office.request("GET", "/api/exports/base-data?unit=401&year=2022&format=xlsx")
            #expect(xlsx.body.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
            #expect(xlsx.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let bad = try await office.request("GET", "/api/exports/totals?unit=401&year=2022&by=dept")
            #expect(bad.status == 400)
            #expect(bad.text == #"{"code":"invalid_parameter","error":"参数 by 应为 econ、func 或 unit，收到的是“dept”。"}"#)
            #expect(try await office.request("GET", "/healthz").text == #"{"status":"ok"}"#)
        }
    }
}

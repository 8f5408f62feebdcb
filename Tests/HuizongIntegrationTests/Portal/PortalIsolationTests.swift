import Foundation
import Testing

/// Isolation at the HTTP layer: an accountant of unit A reading, uploading to, approving,
/// downloading for unit B — each refused, and no answer holds B's rows.
@Suite("portal isolation") struct PortalIsolationTests {
    static let notFound = #"{"code":"not_found","error":"没有找到所请求的内容。"}"#
    static let forbidden = #"{"code":"forbidden","error":"您的账号无权进行此操作。"}"#

    /// 401002 and 402001 have each uploaded; their submissions' ids.
    private static func uploads(_ fixture: PortalFixture) async throws -> (other: Int, foreign: Int) {
        var ids: [Int] = []
        for unit in ["401002", "402001"] {
            let answer = try await fixture.client("a\(unit)").upload(
                PortalFixture.file(unit), name: "\(unit).csv", unit: unit, year: 2022)
            ids.append(try #require(try answer.json()["id"] as? Int))
        }
        return (ids[0], ids[1])
    }

    @Test("an accountant cannot read, download, upload for, approve or run another unit")
    func accountant() async throws {
        try await PortalFixture.run { fixture in
            let (other, _) = try await Self.uploads(fixture)
            let client = try await fixture.client("a401001")
            let reads = [
                "/api/submissions/\(other)", "/api/submissions/\(other)/raw", "/api/status?unit=401002&year=2022",
                "/api/status?unit=401&year=2022", "/api/exports/base-data?unit=401&year=2022",
                "/api/exports/totals?unit=401002&year=2022&by=econ", "/submissions/\(other)",
            ]
            for path in reads {
                let answer = try await client.request("GET", path)
                #expect(answer.status == 404, "\(path)")
                #expect(!answer.text.contains("401002.csv"), "\(path)")
            }
            #expect(try await client.request("GET", "/api/status?unit=401002&year=2022").text == Self.notFound)
            let upload = try await client.upload(
                PortalFixture.file("401002"), name: "x.csv", unit: "401002", year: 2022)
            #expect(upload.status == 404)
            #expect(upload.text == Self.notFound)
            let run = try await client.request("POST", "/api/runs", json: ["unit": "401", "year": 2022], token: true)
            #expect(run.status == 403)
            #expect(run.text == Self.forbidden)
            for action in ["approve", "return"] {
                let review = try await client.request(
                    "POST", "/api/submissions/\(other)/\(action)", json: ["comment": "x"], token: true)
                #expect(review.status == 403, "\(action)")
                #expect(review.text == Self.forbidden, "\(action)")
            }
            #expect(
                try fixture.db.scalar("select count(*) from intake.upload") == "2", "the refused upload left nothing")
            #expect(try fixture.db.scalar("select count(*) from pipeline.run") == "0")
        }
    }

    @Test("the office of 401 sees nothing of department 402")
    func office() async throws {
        try await PortalFixture.run { fixture in
            let (other, foreign) = try await Self.uploads(fixture)
            let client = try await fixture.client("office401")
            #expect(try await client.request("GET", "/api/submissions/\(other)").status == 200)
            for path in [
                "/api/submissions/\(foreign)", "/api/submissions/\(foreign)/raw", "/api/status?unit=402&year=2022",
            ] {
                let answer = try await client.request("GET", path)
                #expect(answer.status == 404, "\(path)")
                #expect(answer.text == Self.notFound, "\(path)")
            }
            let run = try await client.request("POST", "/api/runs", json: ["unit": "402", "year": 2022], token: true)
            #expect(run.status == 404)
            for action in ["approve", "return"] {
                let review = try await client.request(
                    "POST", "/api/submissions/\(foreign)/\(action)", json: ["comment": "x"], token: true)
                #expect(review.status == 404, "\(action)")
                #expect(review.text == Self.notFound, "\(action)")
            }
            let unlock = try await client.request(
                "POST", "/api/unlock", json: ["unit": "402001", "year": 2022, "comment": "x"], token: true)
            #expect(unlock.status == 404)
            #expect(try fixture.db.scalar("select count(*) from intake.review") == "0")
            #expect(try fixture.db.scalar("select count(*) from pipeline.run") == "0")
        }
    }
}

import Foundation
import HuizongCore
import Testing

/// Fifty accountants of fifty units upload at the same moment: every file is stored, none
/// is lost or mixed up, and each gets its own findings.
@Suite("portal concurrency") struct PortalConcurrencyTests {
    @Test("50 uploads at once from different units: all stored, none lost, findings correct")
    func fiftyUploads() throws {
        let fixture = try PortalServerFixture()
        let units = (1...50).map { String(format: "401%03d", 100 + $0) }
        let registry = UnitRegistry(connection: fixture.db.connection)
        for unit in units { try registry.add(code: unit, name: "单位\(unit)", parent: "401") }
        for unit in units { try fixture.addAccount("a\(unit)", role: "accountant", unit: unit) }
        let clients = try units.map { try fixture.client("a\($0)") }
        // Every odd unit sends a file with one bad amount, on a line of its own.
        var files: [(Data, Int?)] = []
        for (index, unit) in units.enumerated() {
            var builder = RuleSubmissionBuilder(unit: unit)
            let line =
                index % 2 == 1
                ? builder.append(
                    .basic(func: "2150501", econ: "30101", initial: "1.00", final: "1.00", actual: "\(index).001"))
                : nil
            files.append((Data(builder.csv.utf8), line))
        }
        // Fifty curl processes, all started before any is waited for: the server gets them at
        // once (test tasks blocking on processes would send them two at a time on two cores).
        let started = Date()
        let pending = try units.indices.map { index in
            try clients[index].startUpload(files[index].0, name: "\(units[index]).csv", unit: units[index], year: 2022)
        }
        let answers = try pending.map { try $0.answer() }
        let seconds = Date().timeIntervalSince(started)
        print("50 concurrent uploads took \(String(format: "%.2f", seconds)) s")
        for (index, unit) in units.enumerated() {
            let answer = answers[index]
            #expect(answer.status == 200, "\(unit): \(answer.text)")
            let json = try answer.json()
            #expect(json["unit"] as? String == unit)
            #expect(json["uploaded_by"] as? String == "a\(unit)")
            let findings = json["findings"] as? [[String: Any]] ?? []
            if let line = files[index].1 {
                #expect(json["status"] as? String == "rejected", "\(unit)")
                #expect(findings.map { $0["line"] as? Int } == [line], "\(unit)")
                #expect(findings.first?["found"] as? String == "\(index).001")
            } else {
                #expect(json["status"] as? String == "accepted", "\(unit): \(findings)")
            }
        }
        #expect(try fixture.db.scalar("select count(*) from intake.upload") == "50")
        #expect(
            try fixture.db.scalar(
                "select count(*) from intake.upload u join intake.submission s on s.upload_id = u.id where u.uploaded_by = 'a' || s.unit_code"
            ) == "50")
        #expect(try fixture.db.scalar("select count(*) from intake.current_submission") == "25")
        #expect(
            try fixture.db.scalar(
                "select count(*) from intake.upload u join intake.submission s on s.upload_id = u.id where u.sha256 = encode(sha256(u.raw), 'hex') and s.version = 1"
            ) == "50")
    }
}

import Foundation
import HuizongCore
import Testing

/// Checks across units and years, run by the pipeline's cross-check stage.
@Suite("run checks") struct RunCheckTests {
    /// A valid small file; `extra` rows are added and `appropriation` balances them.
    static func file(unit: String, year: Int, appropriation: String, extra: [String] = []) -> String {
        ([
            "section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text",
            "meta,unit_code,,,,,,,,,\(unit)", "meta,fiscal_year,,,,,,,,,\(year)",
            "income,appropriation,,,,,,,,\(appropriation),",
            "expenditure,,basic,,,2150501,30101,0,1000.00,1000.00,",
        ] + extra).joined(separator: "\n") + "\n"
    }

    static func findings(_ db: TestDatabase, run: Int64) throws -> [String] {
        var lines: [String] = []
        try RunFindings.forEach(runId: run, connection: db.connection) { lines.append($0.description) }
        return lines
    }

    func department() throws -> TestDatabase {
        let db = try TestDatabase()
        try db.register(root: ("D", "局"), units: [("U1", "一处", nil), ("U2", "二处", nil), ("X", "外单位", "D")])
        return db
    }

    @Test("a transfer that the receiver declares differently is an error naming both sides and figures")
    func transferMismatch() throws {
        let db = try department()
        try #require(
            try db.submit(
                Self.file(
                    unit: "U1", year: 2022, appropriation: "1500.00",
                    extra: ["transfer,to_subordinate,,,,,,,,500.00,U2"]),
                fileName: "u1.csv"
            ).status == .accepted)
        try #require(
            try db.submit(
                Self.file(
                    unit: "U2", year: 2022, appropriation: "600.00", extra: ["income,from_superior,,,,,,,,400.00,"]),
                fileName: "u2.csv"
            ).status == .accepted)
        try #require(
            try db.submit(Self.file(unit: "X", year: 2022, appropriation: "1000.00"), fileName: "x.csv").status
                == .accepted)
        let outcome = try db.run(node: "D", year: 2022)
        #expect(!outcome.succeeded)
        #expect(
            try Self.findings(db, run: outcome.runId) == [
                "error: u1.csv:6: column actual: [transfer_match] expected U2 from_superior 400.00 (paid to it in all: 500.00), found U1 transfer to U2 500.00"
            ])
        #expect(try db.scalar("select count(*) from pipeline.current_run") == "0")
    }

    @Test("matching transfers pass and cancel out")
    func transferMatches() throws {
        let db = try department()
        _ = try db.submit(
            Self.file(
                unit: "U1", year: 2022, appropriation: "1500.00", extra: ["transfer,to_subordinate,,,,,,,,500.00,U2"]))
        _ = try db.submit(
            Self.file(unit: "U2", year: 2022, appropriation: "500.00", extra: ["income,from_superior,,,,,,,,500.00,"]))
        _ = try db.submit(Self.file(unit: "X", year: 2022, appropriation: "1000.00"))
        let outcome = try db.run(node: "D", year: 2022)
        #expect(outcome.succeeded)
        #expect(try Self.findings(db, run: outcome.runId).isEmpty)
    }

    @Test("a transfer to a unit outside the node is reported: it cannot be eliminated there")
    func transferOutside() throws {
        let db = try TestDatabase()
        try db.register(root: ("D", "局"), units: [("N", "处", nil), ("U1", "一科", "N"), ("X", "外单位", nil)])
        _ = try db.submit(
            Self.file(
                unit: "U1", year: 2022, appropriation: "1500.00", extra: ["transfer,to_subordinate,,,,,,,,500.00,X"]),
            fileName: "u1.csv")
        let outcome = try db.run(node: "N", year: 2022)
        #expect(!outcome.succeeded)
        #expect(
            try Self.findings(db, run: outcome.runId) == [
                "error: u1.csv:6: column text: [transfer_outside] expected a receiving unit under N, found U1 transfer to X 500.00"
            ])
    }

    @Test("年初数 must equal 上年年末数 when the previous year exists")
    func carryover() throws {
        let db = try department()
        _ = try db.submit(
            Self.file(unit: "U1", year: 2021, appropriation: "1100.00", extra: ["balance,year_end,,,,,,,,100.00,"]),
            fileName: "u1-2021.csv")
        _ = try db.submit(
            Self.file(unit: "U1", year: 2022, appropriation: "950.00", extra: ["income,carryover,,,,,,,,50.00,"]),
            fileName: "u1-2022.csv")
        let outcome = try db.run(node: "U1", year: 2022)
        #expect(!outcome.succeeded)
        let findings = try Self.findings(db, run: outcome.runId)
        #expect(findings.count == 1)
        #expect(
            findings.first?.hasPrefix(
                "error: u1-2022.csv:6: column actual: [carryover_match] expected U1 carryover = its year_end of 2021: 100.00 (line 6 of submission"
            ) == true, "\(findings)")
        #expect(findings.first?.hasSuffix("found U1 carryover 50.00") == true)
    }
}

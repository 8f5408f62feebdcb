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

    @Test("totals beyond numeric(18,2) fail the run with a finding at the largest line, not an overflow")
    func totalsOutOfRange() throws {
        let db = try department()
        let huge = "expenditure,,basic,,,2150501,30102,0,9000000000000000.00,9000000000000000.00,"
        for unit in ["U1", "U2"] {
            try #require(
                try db.submit(
                    Self.file(unit: unit, year: 2022, appropriation: "9000000000001000.00", extra: [huge]),
                    fileName: "\(unit.lowercased()).csv"
                ).status == .accepted)
        }
        _ = try db.submit(Self.file(unit: "X", year: 2022, appropriation: "1000.00"), fileName: "x.csv")
        let outcome = try db.run(node: "D", year: 2022)
        #expect(!outcome.succeeded)
        // actual: each of U1, U2 has income 9000000000001000.00 and spends 1000.00 + 9000000000000000.00,
        // X has 1000.00 of each, so 36000000000006000.00, the largest line U1's income (line 4);
        // budget_final: 2 × (1000.00 + 9000000000000000.00) + 1000.00
        let found = try Self.findings(db, run: outcome.runId).filter { $0.contains("totals_in_range") }
        #expect(
            found == [
                "error: u1.csv:4: column actual: [totals_in_range] expected the node's actual in all at most "
                    + "9999999999999999.99, found 36000000000006000.00 in all, this line 9000000000001000.00",
                "error: u1.csv:6: column budget_final: [totals_in_range] expected the node's budget_final in all "
                    + "at most 9999999999999999.99, found 18000000000003000.00 in all, this line 9000000000000000.00",
            ], "\(found)")
        let cli = try HuizongBinary.run(["run", "--unit", "D", "--year", "2022"], database: db)
        #expect(cli.status == 1, "a failed run, not a database error: \(cli.stderr)")
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

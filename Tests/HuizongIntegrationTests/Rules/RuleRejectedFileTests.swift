import HuizongCore
import Postgres
import Testing

/// A rejected file changes nothing consolidation sees: the unit's accepted version stays in force.
@Suite struct RuleRejectedFileTests {
    @Test func rejectedVersionLeavesConsolidationAlone() throws {
        let db = try RuleFixture.database(units: ["401002"])
        let v1 = try RuleFixture.submit(RuleSubmissionBuilder(), to: db)
        #expect(v1.status == .accepted && v1.version == 1)

        var broken = RuleSubmissionBuilder()
        try broken.change(RuleRow.line(econ: "30101")) {
            $0.budgetFinal = "700000.00"; $0.actual = "700000.00"
        }
        try broken.change(RuleRow.line(econ: "30299")) {
            $0.budgetFinal = "1.00"; $0.actual = "1.00"
        }
        broken.appropriation = "1500000.00"
        let v2 = try RuleFixture.submit(broken, to: db)
        #expect(v2.status == .rejected && v2.version == 2)
        #expect(v2.findings.map(\.code) == ["balance"])

        let run = try db.run(node: RuleFixture.department.code, year: 2022)
        #expect(run.succeeded && run.complete && run.errors == 0 && run.warnings == 0)
        let runId = PostgresValue.text(String(run.runId))
        func total(_ column: String, _ dimension: String, code: String? = nil) throws -> String? {
            let filter = code.map { " and code = '\($0)'" } ?? ""
            return try db.scalar(
                "select sum(\(column))::text from consolidated.class_total where run_id = $1::bigint"
                    + " and dimension = '\(dimension)'\(filter)", [runId])
        }
        // v1: basic 620 000 + 25 000 (initial 600 000 + 30 000), project 875 000 (initial 0)
        #expect(try total("basic_actual", "unit") == "645000.00")
        #expect(try total("basic_budget_final", "unit") == "645000.00")
        #expect(try total("basic_budget_initial", "unit") == "630000.00")
        #expect(try total("project_actual", "unit") == "875000.00")
        #expect(try total("project_budget_final", "unit") == "875000.00")
        #expect(try total("project_budget_initial", "unit") == "0.00")
        #expect(try total("basic_actual", "econ", code: "30101") == "620000.00")
        #expect(try total("project_actual", "econ", code: "30299") == "875000.00")
        #expect(try total("basic_actual + project_actual", "func", code: "2150508") == "1520000.00")

        let current = try db.connection.execute(
            "select id::text, version::text from intake.current_submission where unit_code = '401002' and fiscal_year = 2022"
        )
        #expect(current.count == 1)
        #expect(current.first?["id"] == String(v1.submissionId))
        #expect(current.first?["version"] == "1")
        let input = try db.scalar(
            "select string_agg(submission_id::text, ',') from pipeline.run_submission where run_id = $1::bigint",
            [runId])
        #expect(input == String(v1.submissionId))
        let stored = try db.scalar(
            "select status from intake.submission where id = $1::bigint", [.text(String(v2.submissionId))])
        #expect(stored == "rejected")
    }
}

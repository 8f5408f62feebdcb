import Postgres

/// The findings a run stored, unit by unit and rule by rule.
public enum RunFindings {
    /// One stored finding.
    public struct Entry: Sendable {
        public var unitCode: String?
        public var rule: String
        public var severity: Severity
        public var fileName: String?
        public var line: Int?
        public var column: String?
        /// The cell in the uploaded workbook; nil for CSV.
        public var cell: String?
        public var expected: String
        public var found: String

        /// The finding as the CLI prints it (same shape as intake findings).
        public var finding: Finding {
            Finding(
                file: fileName ?? "unit \(unitCode ?? "?")", line: line, column: column, rule: rule,
                severity: severity, expected: expected, found: found, cell: cell)
        }
    }

    /// Streams a run's findings, ordered by unit, rule and line.
    public static func forEach(runId: Int64, connection: Connection, _ body: (Entry) throws -> Void) throws {
        try connection.forEachRow(
            """
            select f.unit_code, f.rule, f.severity, u.file_name, f.line_no, f.column_name, f.expected, f.found,
                   intake.cell_ref(f.submission_id, f.line_no, f.column_name) as cell
            from pipeline.finding f
            left join intake.submission s on s.id = f.submission_id
            left join intake.upload u on u.id = s.upload_id
            where f.run_id = $1::bigint
            order by f.unit_code, f.rule, f.line_no nulls first
            """, [.text(String(runId))]
        ) { row in
            try body(
                Entry(
                    unitCode: row["unit_code"], rule: try row.string("rule"),
                    severity: Severity(rawValue: try row.string("severity")) ?? .error, fileName: row["file_name"],
                    line: row["line_no"].flatMap { Int($0) }, column: row["column_name"],
                    cell: row["cell"], expected: try row.string("expected"), found: try row.string("found")))
        }
    }
}

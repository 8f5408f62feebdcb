import Postgres

/// The findings a run stored, unit by unit and rule by rule.
public enum RunFindings {
    /// Streams a run's findings, ordered by unit, rule and line, each with its identity, its
    /// unit and submission, and (for a workbook) its cell. A finding of no file (a unit's)
    /// names the unit as its file.
    public static func forEach(runId: Int64, connection: Connection, _ body: (Finding) throws -> Void) throws {
        try connection.forEachRow(
            """
            select f.key, f.unit_code, f.submission_id, f.code, f.severity, u.file_name, f.line_no,
                   f.column_name, f.item::text as item, f.args::text as args,
                   intake.cell_ref(f.submission_id, f.line_no, f.column_name) as cell
            from pipeline.finding f
            left join intake.submission s on s.id = f.submission_id
            left join intake.upload u on u.id = s.upload_id
            where f.run_id = \(runId)
            order by f.unit_code, f.code, f.line_no nulls first, f.key
            """
        ) { row in
            try body(try finding(row))
        }
    }

    /// A stored finding from a row of `pipeline.finding` (or `intake.finding`) joined with its file.
    static func finding(_ row: Row) throws -> Finding {
        let unit = try row.decode(String?.self, "unit_code")
        var finding = Finding(
            code: try row.decode(String.self, "code"),
            severity: Severity(rawValue: try row.decode(String.self, "severity")) ?? .error,
            file: try row.decode(String?.self, "file_name") ?? "unit \(unit ?? "?")",
            line: try row.decode(Int?.self, "line_no"), column: try row.decode(String?.self, "column_name"),
            item: FindingArgs(jsonText: try row.decode(String?.self, "item")),
            args: FindingArgs(jsonText: try row.decode(String?.self, "args")),
            cell: try row.decode(String?.self, "cell"))
        finding.id = try row.decode(String?.self, "key")
        finding.unit = unit
        finding.submission = try row.decode(Int64?.self, "submission_id")
        return finding
    }
}

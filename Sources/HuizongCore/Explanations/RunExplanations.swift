import Postgres

/// The 审核说明 list of a run: every warning the run found, by unit and rule, each with its
/// unit's explanation on that submission and the office's decision — what the office
/// exports with the run's tables and the run page shows.
public enum RunExplanations {
    /// One warning of the run with its explanation (nil while unexplained).
    public struct Entry: Sendable {
        public var finding: Finding
        public var explanation: Explanation?
    }

    /// Streams the run's warnings, ordered by unit, rule and line.
    public static func forEach(runId: Int64, connection: Connection, _ body: (Entry) throws -> Void) throws {
        try connection.forEachRow(query(runId: runId)) { row in
            let explanation = try row.decode(Int64?.self, "id") == nil ? nil : try ExplanationQuery.explanation(row)
            try body(Entry(finding: try RunFindings.finding(row), explanation: explanation))
        }
    }

    /// The run's warnings joined with the newest explanation of each on its submission.
    private static func query(runId: Int64) -> SQLQuery {
        """
        with warning as (
            select f.key, f.unit_code, f.submission_id, f.code, f.severity, u.file_name, f.line_no, f.column_name,
                   f.item::text as item, f.args::text as args,
                   intake.cell_ref(f.submission_id, f.line_no, f.column_name) as cell
            from pipeline.finding f
            left join intake.submission s on s.id = f.submission_id
            left join intake.upload u on u.id = s.upload_id
            where f.run_id = \(runId) and f.severity = 'warning'
        ),
        explained as (
            \(fragment: ExplanationQuery.columns)
            from intake.explanation e
            left join intake.explanation o on o.id = e.from_explanation
            left join intake.submission os on os.id = o.submission_id
            \(fragment: ExplanationQuery.decision)
            where e.id in (
                select distinct on (x.submission_id, x.finding_key) x.id from intake.explanation x
                where x.submission_id in (select submission_id from warning)
                order by x.submission_id, x.finding_key, x.id desc
            )
        )
        select w.*, e.id, e.finding_key, e.text, e.written_by, e.written_at, e.origin_id, e.origin_year,
               e.origin_version, e.decision, e.decision_comment, e.decided_by, e.decided_at
        from warning w
        left join explained e on e.submission_id = w.submission_id and e.finding_key = w.key
        order by w.unit_code, w.code, w.line_no nulls first, w.key
        """
    }
}

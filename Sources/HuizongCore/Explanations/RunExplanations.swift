import Postgres

/// The 审核说明 list of a run: every warning the run found, by unit and rule, each with its
/// unit's explanation on that submission and the office's decision — what the office
/// exports with the run's tables and the run page shows.
public enum RunExplanations {
    /// One warning of the run, its unit's name and its explanation (nil while unexplained).
    public struct Entry: Sendable {
        public var finding: Finding
        public var unitName: String?
        public var explanation: Explanation?
    }

    /// Streams the run's warnings, ordered by unit, rule and line, with their explanations as
    /// they stand now or, `asOfRunStart`, as written and decided before the run started (what
    /// the run's manifest hashed).
    public static func forEach(
        runId: Int64, asOfRunStart: Bool = false, connection: Connection, _ body: (Entry) throws -> Void
    ) throws {
        try connection.forEachRow(query(runId: runId, live: !asOfRunStart)) { row in
            let explanation = try row.decode(Int64?.self, "id") == nil ? nil : try ExplanationQuery.explanation(row)
            try body(
                Entry(
                    finding: try RunFindings.finding(row), unitName: try row.decode(String?.self, "unit_name"),
                    explanation: explanation))
        }
    }

    /// The warnings of run `runId` joined with the newest explanation of each on its submission
    /// and that explanation's newest decision, both up to the run's start unless `live`.
    private static func query(runId: Int64, live: Bool) -> SQLQuery {
        """
        with run as (
            select case when \(live) then null else started_at end as cutoff
            from pipeline.run where id = \(runId)
        ),
        warning as (
            select f.key, f.unit_code, n.name as unit_name, f.submission_id, f.code, f.severity, u.file_name,
                   f.line_no, f.column_name, f.item::text as item, f.args::text as args,
                   intake.cell_ref(f.submission_id, f.line_no, f.column_name) as cell
            from pipeline.finding f
            left join registry.unit n on n.code = f.unit_code
            left join intake.submission s on s.id = f.submission_id
            left join intake.upload u on u.id = s.upload_id
            where f.run_id = \(runId) and f.severity = 'warning'
        ),
        explained as (
            \(fragment: ExplanationQuery.columns)
            from intake.explanation e
            left join intake.explanation o on o.id = e.from_explanation
            left join intake.submission os on os.id = o.submission_id
            left join lateral (
                select x.decision, x.comment, x.decided_by, x.decided_at
                from intake.explanation_decision x, run
                where x.explanation_id = e.id and (run.cutoff is null or x.decided_at <= run.cutoff)
                order by x.id desc limit 1
            ) d on true
            where e.id in (
                select distinct on (x.submission_id, x.finding_key) x.id
                from intake.explanation x, run
                where x.submission_id in (select submission_id from warning)
                  and (run.cutoff is null or x.written_at <= run.cutoff)
                order by x.submission_id, x.finding_key, x.id desc
            )
        )
        select w.*, e.id, e.finding_key, e.text, e.written_by, e.written_at, e.origin_id, e.origin_year,
               e.origin_version, e.decision, e.decision_comment, e.decided_by, e.decided_at
        from warning w
        left join explained e on e.submission_id = w.submission_id and e.finding_key = w.key
        order by w.unit_code, w.code, w.line_no nulls first, w.key, w.column_name, w.args
        """
    }
}

import Postgres

/// The SQL that reads explanations with their origin and latest decision.
enum ExplanationQuery {
    /// Columns of an explanation, its origin (the explanation it was confirmed from, or for
    /// an offer itself) and its newest decision, over `intake.explanation e`.
    static let columns: SQLQuery = """
        select e.id, e.submission_id, e.finding_key, e.text, e.written_by,
               to_char(e.written_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as written_at,
               o.id as origin_id, o.fiscal_year as origin_year, os.version as origin_version,
               d.decision, d.comment as decision_comment, d.decided_by,
               to_char(d.decided_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as decided_at
        """

    static let decision: SQLQuery = """
        left join lateral (
            select x.decision, x.comment, x.decided_by, x.decided_at from intake.explanation_decision x
            where x.explanation_id = e.id order by x.id desc limit 1
        ) d on true
        """

    /// Of `submission`: its newest explanation per finding.
    static func ofSubmission(_ submission: Int64) -> SQLQuery {
        """
        \(fragment: columns)
        from intake.explanation e
        left join intake.explanation o on o.id = e.from_explanation
        left join intake.submission os on os.id = o.submission_id
        \(fragment: decision)
        where e.id in (
            select distinct on (finding_key) id from intake.explanation
            where submission_id = \(submission) order by finding_key, id desc
        )
        """
    }

    /// For each of `findings` (keys) of `submission`, the newest explanation of the same unit
    /// and finding on an earlier version of the year, else an earlier year. The offer is its
    /// own origin.
    static func offers(submission: Int64, findings: [String]) -> SQLQuery {
        """
        \(fragment: columns)
        from intake.explanation e
        join intake.explanation o on o.id = e.id
        join intake.submission os on os.id = o.submission_id
        \(fragment: decision)
        where e.id in (
            select distinct on (x.finding_key) x.id
            from intake.explanation x
            join intake.submission xs on xs.id = x.submission_id
            join intake.submission me on me.id = \(submission)
            where x.unit_code = me.unit_code and x.finding_key = any(\(findings)) and x.submission_id <> me.id
              and (x.fiscal_year < me.fiscal_year or (x.fiscal_year = me.fiscal_year and xs.version < me.version))
            order by x.finding_key, x.fiscal_year desc, xs.version desc, x.id desc
        )
        """
    }

    /// An explanation from a row of `columns`.
    static func explanation(_ row: Row) throws -> Explanation {
        var origin: Explanation.Origin?
        if let id = try row.decode(Int64?.self, "origin_id") {
            origin = Explanation.Origin(
                explanation: id, year: try row.decode(Int.self, "origin_year"),
                version: try row.decode(Int.self, "origin_version"))
        }
        var decision: Explanation.Decision?
        if let verdict = try row.decode(String?.self, "decision").flatMap(Explanation.Verdict.init(rawValue:)) {
            decision = Explanation.Decision(
                verdict: verdict, comment: try row.decode(String?.self, "decision_comment"),
                decidedBy: try row.decode(String.self, "decided_by"),
                decidedAt: try row.decode(String.self, "decided_at"))
        }
        return Explanation(
            id: try row.decode(Int64.self, "id"), submission: try row.decode(Int64.self, "submission_id"),
            finding: try row.decode(String.self, "finding_key"), text: try row.decode(String.self, "text"),
            writtenBy: try row.decode(String.self, "written_by"),
            writtenAt: try row.decode(String.self, "written_at"), origin: origin, decision: decision)
    }
}

import Postgres

/// The SQL that reads explanations with their origin and latest decision.
enum ExplanationQuery {
    /// Columns of an explanation, its origin (the explanation it was confirmed from, or for
    /// an offer itself) and its newest decision, over `intake.explanation e`.
    static let columns = """
        select e.id, e.submission_id, e.finding_key, e.text, e.written_by,
               to_char(e.written_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as written_at,
               o.id as origin_id, o.fiscal_year as origin_year, os.version as origin_version,
               d.decision, d.comment as decision_comment, d.decided_by,
               to_char(d.decided_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as decided_at
        """

    static let decision = """
        left join lateral (
            select x.decision, x.comment, x.decided_by, x.decided_at from intake.explanation_decision x
            where x.explanation_id = e.id order by x.id desc limit 1
        ) d on true
        """

    /// `$1` a submission: its newest explanation per finding.
    static let ofSubmission = """
        \(columns)
        from intake.explanation e
        left join intake.explanation o on o.id = e.from_explanation
        left join intake.submission os on os.id = o.submission_id
        \(decision)
        where e.id in (
            select distinct on (finding_key) id from intake.explanation
            where submission_id = $1::bigint order by finding_key, id desc
        )
        """

    /// `$1` a submission, `$2` finding keys (`text[]`): for each, the newest explanation of
    /// the same unit and finding on an earlier version of the year, else an earlier year.
    /// The offer is its own origin.
    static let offers = """
        \(columns)
        from intake.explanation e
        join intake.explanation o on o.id = e.id
        join intake.submission os on os.id = o.submission_id
        \(decision)
        where e.id in (
            select distinct on (x.finding_key) x.id
            from intake.explanation x
            join intake.submission xs on xs.id = x.submission_id
            join intake.submission me on me.id = $1::bigint
            where x.unit_code = me.unit_code and x.finding_key = any($2::text[]) and x.submission_id <> me.id
              and (x.fiscal_year < me.fiscal_year or (x.fiscal_year = me.fiscal_year and xs.version < me.version))
            order by x.finding_key, x.fiscal_year desc, xs.version desc, x.id desc
        )
        """

    /// An explanation from a row of `columns`.
    static func explanation(_ row: Row) throws -> Explanation {
        var origin: Explanation.Origin?
        if let id = row["origin_id"].flatMap({ Int64($0) }) {
            origin = Explanation.Origin(
                explanation: id, year: try row.int("origin_year"), version: try row.int("origin_version"))
        }
        var decision: Explanation.Decision?
        if let verdict = row["decision"].flatMap(Explanation.Verdict.init(rawValue:)) {
            decision = Explanation.Decision(
                verdict: verdict, comment: row["decision_comment"], decidedBy: try row.string("decided_by"),
                decidedAt: try row.string("decided_at"))
        }
        return Explanation(
            id: Int64(try row.int("id")), submission: Int64(try row.int("submission_id")),
            finding: try row.string("finding_key"), text: try row.string("text"),
            writtenBy: try row.string("written_by"),
            writtenAt: try row.string("written_at"), origin: origin, decision: decision)
    }

    /// A PostgreSQL array literal of texts, each element quoted and escaped.
    static func textArray(_ values: [String]) -> String {
        let quoted = values.map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }
}

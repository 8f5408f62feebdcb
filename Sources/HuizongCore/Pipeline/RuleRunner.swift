import Postgres

/// Runs rules over a set of submissions.
public struct RuleRunner {
    let connection: Connection
    let rules: [Rule]

    /// A runner for `rules` on an open connection.
    public init(connection: Connection, rules: [Rule]) {
        self.connection = connection
        self.rules = rules
    }

    /// One offending row as a rule returned it.
    public struct Hit: Sendable {
        public var rule: Rule
        public var submissionId: Int64
        public var line: Int?
        public var column: String?
        public var item: FindingArgs
        public var args: FindingArgs
    }

    /// The offending rows of every rule for the given submissions, submission by submission
    /// and rule by rule — all rules over all the submissions in one statement, so a batch of
    /// files costs one round trip — at most `limit` rows of each rule for each submission,
    /// and, per submission, how many rows beyond those the rules found. Not prepared: a
    /// generic plan, made before the new rows are known, scans every submission's lines.
    public func hits(submissions: [Int64], limit: Int) throws -> (hits: [Hit], omitted: [Int64: Int]) {
        guard !rules.isEmpty else { return ([], [:]) }
        var hits: [Hit] = []
        var omitted: [Int64: Int] = [:]
        try connection.forEachRow(combinedSQL(limit: limit), [submissions.postgresValue]) { row in
            let submissionId = try row.decode(Int64.self, "submission_id")
            if try row.decode(Int.self, "rule_row") == 1 {
                omitted[submissionId, default: 0] += max(0, try row.decode(Int.self, "rule_rows") - limit)
            }
            hits.append(
                Hit(
                    rule: rules[try row.decode(Int.self, "rule_index")], submissionId: submissionId,
                    line: try row.decode(Int?.self, "line_no"), column: try row.decode(String?.self, "column_name"),
                    item: FindingArgs(jsonText: try row.decode(String?.self, "item")),
                    args: FindingArgs(jsonText: try row.decode(String?.self, "args"))))
        }
        return (hits, omitted)
    }

    /// Every rule's query under `union all`, each row tagged with its rule's position, its
    /// number among the rule's rows for its submission (by line) and their count, cut at
    /// `limit` rows a rule and submission.
    func combinedSQL(limit: Int) -> String {
        rules.enumerated().map { index, rule in
            """
            (select * from (
                select \(index) as rule_index,
                       row_number() over (partition by r.submission_id order by r.line_no, r.column_name) as rule_row,
                       count(*) over (partition by r.submission_id) as rule_rows, r.*
                from (
            \(rule.sql)
                ) r) n
             where n.rule_row <= \(limit))
            """
        }.joined(separator: "\nunion all\n") + "\norder by submission_id, rule_index, rule_row"
    }

    /// Stores the findings of every rule for the run's submissions in `pipeline.finding`,
    /// set-based; returns the error and warning counts. A `full` run checks again what an
    /// earlier run checked (`huizong run --full`).
    public func record(runId: Int64, full: Bool = false) throws -> (errors: Int, warnings: Int) {
        let stamp = try RuleStamp.current(rules: rules, connection: connection)
        // Submissions checked at intake, or by an earlier run, against these very rules and
        // tables keep their findings; what this run checks is kept for the runs after it.
        try connection.execute(RunChecks.carryOver(runId: runId, stamp: stamp, full: full))
        let inputs = try connection.execute(RunChecks.unchecked(runId: runId, stamp: stamp, full: full))
        let ids = try inputs.first?.decode([Int64].self, "ids") ?? []
        guard !ids.isEmpty else { return try counts(runId: runId) }
        try insertFindings(runId: runId, bound: ids.postgresValue)
        try connection.execute(RunChecks.forget(submissions: ids))
        try connection.execute(RunChecks.keep(runId: runId, stamp: stamp, submissions: ids))
        return try counts(runId: runId)
    }

    /// Stores the findings of run checks (rules whose `$1` is the run id) for the run;
    /// returns the run's error and warning counts so far.
    public func recordChecks(runId: Int64) throws -> (errors: Int, warnings: Int) {
        try insertFindings(runId: runId, bound: runId.postgresValue)
        return try counts(runId: runId)
    }

    /// Inserts every rule's rows, set-based, `bound` as the rules' `$1`. The rule's SQL comes
    /// from its file with its own `$1`, so the statement keeps numbered parameters; their
    /// values are encoded by the library.
    private func insertFindings(runId: Int64, bound: PostgresValue?) throws {
        for rule in rules {
            try connection.execute(
                """
                insert into pipeline.finding
                    (run_id, code, severity, submission_id, unit_code, line_no, column_name, item, args)
                select $2::bigint, $3, $4, r.submission_id, s.unit_code, r.line_no, r.column_name,
                       r.item, r.args
                from (
                \(rule.sql)
                ) r
                join intake.submission s on s.id = r.submission_id
                """, [bound, runId.postgresValue, rule.id.postgresValue, rule.severity.rawValue.postgresValue])
        }
    }

    private func counts(runId: Int64) throws -> (errors: Int, warnings: Int) {
        let summary = try connection.execute(
            """
            select count(*) filter (where severity = 'error') as errors,
                   count(*) filter (where severity = 'warning') as warnings
            from pipeline.finding where run_id = \(runId)
            """)
        guard let row = summary.first else { return (0, 0) }
        return (try row.decode(Int.self, "errors"), try row.decode(Int.self, "warnings"))
    }

    /// Marks submissions as checked against the rules and tables of `stamp` (RuleStamp).
    public func markChecked(submissions: [Int64], stamp: String) throws {
        try connection.execute(
            "update intake.submission set checked_with = \(stamp) where id = any(\(submissions)::bigint[])")
    }

    /// The stamp of these rules and the reference tables now in force.
    public func currentStamp() throws -> String {
        try RuleStamp.current(rules: rules, connection: connection)
    }
}

/// The SQL that splits a run's inputs into those checked at intake against the current
/// rules and tables, and the rest.
enum RunChecks {
    /// The findings of the run's submissions checked against `stamp` already: at intake
    /// (`intake.finding`), or by an earlier run (`pipeline.checked_finding`, unless `full`).
    static func carryOver(runId: Int64, stamp: String, full: Bool) -> SQLQuery {
        """
        insert into pipeline.finding
            (run_id, code, severity, submission_id, unit_code, line_no, column_name, item, args)
        select \(runId), f.code, f.severity, s.id, s.unit_code, f.line_no, f.column_name, f.item, f.args
        from pipeline.run_submission rs
        join intake.submission s on s.id = rs.submission_id
        cross join lateral (
            select code, severity, line_no, column_name, item, args
            from intake.finding
            where submission_id = s.id and s.checked_with = \(stamp)
            union all
            select code, severity, line_no, column_name, item, args
            from pipeline.checked_finding
            where submission_id = s.id and stamp = \(stamp) and s.checked_with is distinct from \(stamp)
              and not \(full)
        ) f
        where rs.run_id = \(runId)
        """
    }

    /// The run's submissions checked neither at intake nor (unless `full`) by an earlier run
    /// against `stamp`.
    static func unchecked(runId: Int64, stamp: String, full: Bool) -> SQLQuery {
        """
        select coalesce(array_agg(rs.submission_id order by rs.submission_id), '{}') as ids
        from pipeline.run_submission rs
        join intake.submission s on s.id = rs.submission_id
        where rs.run_id = \(runId) and s.checked_with is distinct from \(stamp)
          and (\(full) or not exists (select 1 from pipeline.submission_check c
                                     where c.submission_id = rs.submission_id and c.stamp = \(stamp)))
        """
    }

    /// Forgets what was kept of `submissions` (under another stamp, or this one before a
    /// `--full` run), their findings with them; `keep` then keeps what this run found.
    static func forget(submissions: [Int64]) -> SQLQuery {
        "delete from pipeline.submission_check where submission_id = any(\(submissions)::bigint[])"
    }

    /// Keeps what run `runId` found of `submissions` under `stamp` (after `forget`).
    static func keep(runId: Int64, stamp: String, submissions: [Int64]) -> SQLQuery {
        """
        with checked as (
            insert into pipeline.submission_check (submission_id, stamp)
            select unnest(\(submissions)::bigint[]), \(stamp)
            on conflict do nothing
            returning submission_id
        )
        insert into pipeline.checked_finding
            (submission_id, stamp, code, severity, line_no, column_name, item, args)
        select f.submission_id, \(stamp), f.code, f.severity, f.line_no, f.column_name, f.item, f.args
        from pipeline.finding f
        where f.run_id = \(runId) and f.submission_id in (select submission_id from checked)
        """
    }
}

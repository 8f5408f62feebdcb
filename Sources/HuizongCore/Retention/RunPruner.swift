import Postgres

/// Retention of run results (`huizong runs prune`, `retention: keep_runs:` in a pipeline
/// file): deletes the `consolidated.*` rows of a node and year's older succeeded runs, in
/// one statement, and marks those runs pruned. Their row, stages, inputs, findings,
/// manifest hash and export hashes stay, so `huizong runs` and the run page still explain
/// them; only `export --run` of a pruned run is refused.
///
/// Kept whole: the newest `keep` succeeded runs (the current one among them) and every run
/// whose figures the office approved, i.e. for each approval of a submission the newest run
/// that had read that submission and finished before the approval.
public struct RunPruner {
    let connection: Connection

    /// A pruner on `connection` (the owner's: it deletes results).
    public init(connection: Connection) {
        self.connection = connection
    }

    /// What one prune did with each succeeded run of the node and year, newest first.
    public struct Report: Sendable, Equatable {
        /// Runs whose results this prune deleted.
        public var pruned: [Int64] = []
        /// Runs among the newest `keep`.
        public var keptNewest: [Int64] = []
        /// Older runs kept because an approval saw their figures.
        public var keptApproved: [Int64] = []
        /// Runs pruned before.
        public var prunedBefore: [Int64] = []
    }

    /// Prunes the results of `node`'s runs for `year` but the newest `keep` (at least 1)
    /// and the approved ones.
    @discardableResult
    public func prune(node: String, year: Int, keep: Int) throws -> Report {
        guard keep >= 1 else { throw HuizongError.usage(.pruneKeepTooSmall(keep: keep)) }
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        var report = Report()
        try connection.forEachRow(Self.statement(node: node, year: year, keep: keep)) { row in
            let id = try row.decode(Int64.self, "id")
            switch try row.decode(String.self, "fate") {
            case "pruned": report.pruned.append(id)
            case "newest": report.keptNewest.append(id)
            case "approved": report.keptApproved.append(id)
            default: report.prunedBefore.append(id)
            }
        }
        return report
    }

    /// One statement: choose, mark, delete, report. Data-modifying `with` clauses run in
    /// the statement's single snapshot, so it is all or nothing.
    static func statement(node: String, year: Int, keep: Int) -> SQLQuery {
        """
        with runs as (
            select id, finished_at, pruned_at, row_number() over (order by id desc) as rank
            from pipeline.run
            where node_code = \(node) and fiscal_year = \(year) and status = 'succeeded'
        ),
        approved as (
            -- The figures the office saw when it approved a submission.
            select distinct on (v.id) r.id
            from intake.review v
            join pipeline.run_submission s on s.submission_id = v.submission_id
            join runs r on r.id = s.run_id and r.finished_at <= v.at
            where v.action = 'approve'
            order by v.id, r.id desc
        ),
        fated as (
            select id, case
                when pruned_at is not null then 'pruned before'
                when rank <= \(keep) then 'newest'
                when id in (select id from approved) then 'approved'
                else 'pruned'
            end as fate
            from runs
        ),
        marked as (
            update pipeline.run set pruned_at = clock_timestamp()
            where id in (select id from fated where fate = 'pruned') and pruned_at is null
            returning id
        ),
        spend as (delete from consolidated.spend_total where run_id in (select id from marked)),
        lines as (delete from consolidated.class_lines where run_id in (select id from marked)),
        units as (delete from consolidated.unit_total where run_id in (select id from marked)),
        classes as (delete from consolidated.class_total where run_id in (select id from marked)),
        items as (delete from consolidated.item_total where run_id in (select id from marked)),
        base as (delete from consolidated.base_row where run_id in (select id from marked)),
        projects as (delete from consolidated.special_project where run_id in (select id from marked)),
        final as (
            select f.id, case when f.fate = 'pruned' and m.id is null then 'pruned before' else f.fate end as fate
            from fated f left join marked m using (id)
        )
        select id, fate from final order by id desc
        """
    }
}

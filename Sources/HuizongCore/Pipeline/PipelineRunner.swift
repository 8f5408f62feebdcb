import Foundation
import Logging
import Postgres

/// Runs a pipeline for a node of the unit tree and a fiscal year: one run at a time per
/// node and year (advisory lock), inputs read in one snapshot, results written in one
/// transaction tagged with the run id, current only once it commits.
public struct PipelineRunner {
    let connection: Connection
    let files: ProjectFiles
    let logger: Logger

    /// A runner on an open connection.
    public init(connection: Connection, files: ProjectFiles, logger: Logger) {
        self.connection = connection
        self.files = files
        self.logger = logger
    }

    /// What a run ended with.
    public struct Outcome: Sendable {
        public var runId: Int64
        public var succeeded: Bool
        public var complete: Bool
        public var missingUnits: [String]
        public var errors: Int
        public var warnings: Int

        /// How it ended: complete, incomplete or failed.
        public var outcome: RunOutcome { RunOutcome(succeeded: succeeded, complete: complete) }

        /// The exit code `huizong run` ends with: the outcome's (0 complete, 1 failed, 3 incomplete).
        public var exitCode: Int32 { outcome.exitCode }
    }

    /// A run that has its row (status `running`) and holds the node and year's lock on the
    /// runner's connection, its stages not executed yet: what `begin` hands `execute`.
    public struct Started: Sendable {
        public var runId: Int64
        public var node: String
        public var year: Int
        public var pipeline: PipelineDefinition
        /// Whether every partial is recomputed (`huizong run --full`, or `full: true` in the
        /// pipeline file) instead of only those of new submissions, rules or tables.
        public var full: Bool
    }

    /// One stage about to execute: its ordinal (from 0), how many stages there are and its name.
    public struct Progress: Sendable, Equatable {
        public var ordinal: Int
        public var count: Int
        public var stage: String
    }

    /// Runs `pipeline` for `node` and `year`; with `wait`, queues behind a run in progress
    /// instead of giving up; with `full`, recomputes every partial. `beforeCommit` runs inside the run's
    /// transaction once it has succeeded (the manifest is written there, so it commits with
    /// the results or not at all).
    public func run(
        node: String, year: Int, pipeline: PipelineDefinition, wait: Bool = false, full: Bool = false,
        beforeCommit: (Int64) throws -> Void = { _ in }
    ) throws -> Outcome {
        let started = try begin(node: node, year: year, pipeline: pipeline, wait: wait, full: full)
        return try execute(started, beforeCommit: beforeCommit)
    }

    /// The first half of `run`: takes the node and year's advisory lock on this connection
    /// (throws `HuizongError.locked` when another run holds it and `wait` is false), marks
    /// dead runs abandoned and records the run (status `running`, committed at once). The
    /// lock stays held until `execute` ends; call it next, on the same connection.
    public func begin(
        node: String, year: Int, pipeline: PipelineDefinition, wait: Bool = false, full: Bool = false
    ) throws -> Started {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        let lockKey = "\(node)/\(year)"
        // A killed client's server session keeps running, and holding the lock, until it
        // notices the client is gone: make it look often, so a dead run lets go quickly.
        try connection.execute("set client_connection_check_interval = '250ms'")
        // --wait queues behind the run in progress; otherwise a second run gives up at once.
        let lockQuery: SQLQuery =
            wait
            ? "select pg_advisory_lock(hashtext('huizong.run'), hashtext(\(lockKey))) is not null as ok"
            : "select pg_try_advisory_lock(hashtext('huizong.run'), hashtext(\(lockKey))) as ok"
        let locked = try connection.execute(lockQuery)
        guard try locked.first?.decode(Bool.self, "ok") == true else {
            throw HuizongError.locked(
                .runInProgress(run: try lockHolder(node: node, year: year), node: node, year: year))
        }
        do {
            try abandonDeadRuns(node: node, year: year)
            let runId = try startRun(node: node, year: year, pipeline: pipeline.name)
            logger.info("run started", metadata: ["run": "\(runId)", "node": "\(node)", "year": "\(year)"])
            return Started(
                runId: runId, node: node, year: year, pipeline: pipeline, full: full || pipeline.full == true)
        } catch {
            unlock(node: node, year: year)
            throw error
        }
    }

    /// The second half of `run`: executes the stages of a run `begin` started, in one
    /// transaction, telling `progress` before each stage; releases the lock when done.
    public func execute(
        _ started: Started, progress: (Progress) -> Void = { _ in }, beforeCommit: (Int64) throws -> Void = { _ in }
    ) throws -> Outcome {
        defer { unlock(node: started.node, year: started.year) }
        let runId = started.runId
        do {
            return try connection.transaction {
                let outcome = try execute(started, progress: progress)
                if outcome.succeeded { try beforeCommit(runId) }
                return outcome
            }
        } catch {
            _ = try? connection.execute(
                """
                update pipeline.run set status = 'failed', finished_at = clock_timestamp(),
                    message = \(String(describing: error))
                where id = \(runId)
                """)
            throw error
        }
    }

    private func unlock(node: String, year: Int) {
        let lockKey = "\(node)/\(year)"
        _ = try? connection.execute("select pg_advisory_unlock(hashtext('huizong.run'), hashtext(\(lockKey)))")
    }

    /// Names the run holding the lock: the running run whose server session holds an
    /// advisory lock. The holder records its run a moment after taking the lock, so look
    /// again briefly before saying only "another run" (nil).
    private func lockHolder(node: String, year: Int) throws -> Int64? {
        for _ in 0..<20 {
            let holder = try connection.execute(
                """
                select r.id from pipeline.run r
                where r.node_code = \(node) and r.fiscal_year = \(year) and r.status = 'running'
                  and r.backend_pid in (select pid from pg_locks where locktype = 'advisory' and granted)
                order by r.id desc limit 1
                """)
            if let id = try holder.first?.decode(Int64.self, "id") { return id }
            usleep(50_000)
        }
        return nil
    }

    /// With the lock held, no other run of the node and year is alive: one still marked
    /// running was killed before it finished, and is marked so.
    private func abandonDeadRuns(node: String, year: Int) throws {
        try connection.execute(
            """
            update pipeline.run
            set status = 'failed', finished_at = clock_timestamp(), message = \(RunOutcome.abandonedMessage)
            where node_code = \(node) and fiscal_year = \(year) and status = 'running'
            """)
    }

    private func startRun(node: String, year: Int, pipeline: String) throws -> Int64 {
        let result = try connection.execute(
            """
            insert into pipeline.run (node_code, fiscal_year, pipeline_name, backend_pid)
            values (\(node), \(year), \(pipeline), pg_backend_pid()) returning id
            """)
        return try result.first!.decode(Int64.self, "id")
    }

    private func execute(_ started: Started, progress: (Progress) -> Void) throws -> Outcome {
        let runId = started.runId
        let pipeline = started.pipeline
        // One snapshot: everything this run reads is as of its first query. The partials are
        // shared by the runs of every node: lock them before that snapshot is taken (a lock
        // takes none), so a run sees the partials of any run that finished before it.
        try connection.execute("set transaction isolation level repeatable read")
        try connection.execute(PartialStamp.lockStatement)
        try connection.execute(RunInputs.record(runId: runId))
        try PartialStamp(connection: connection, files: files).record(
            runId: runId, pipeline: pipeline, full: started.full)
        try analyzeChanged()
        try connection.execute("set local work_mem = '256MB'")
        var counts = (errors: 0, warnings: 0)
        let full = started.full
        for (ordinal, stage) in pipeline.stages.enumerated() {
            progress(Progress(ordinal: ordinal, count: pipeline.stages.count, stage: stage.name))
            let started = Date()
            if let rules = stage.rules {
                counts = try RuleRunner(connection: connection, rules: Rule.load(directory: rules, files: files))
                    .record(runId: runId, full: full)
            } else if let checks = stage.checks {
                counts = try RuleRunner(connection: connection, rules: Rule.load(directory: checks, files: files))
                    .recordChecks(runId: runId)
            } else {
                for file in stage.sql ?? [] { try connection.execute(try files.text(file), [runId.postgresValue]) }
            }
            try recordStage(runId: runId, ordinal: ordinal, name: stage.name, started: started)
            if counts.errors > 0 { break }
        }
        return try finish(runId: runId, counts: counts)
    }

    /// The tables whose statistics the run's plans rest on.
    static let analysedTables = ["pipeline.run_submission", "intake.line", "intake.submission"]

    /// Fresh statistics so the planner hashes instead of looping over rows it has not seen
    /// yet (intake may have just added millions) — only for a table never analysed or with
    /// a tenth of its rows changed since: sampling a million lines costs more than a rerun
    /// after one unit's new version, whose plans the old statistics serve as well.
    private func analyzeChanged() throws {
        var changed: Set<String> = []
        try connection.forEachRow(
            """
            select schemaname || '.' || relname as name
            from pg_stat_user_tables
            where schemaname || '.' || relname = any(\(Self.analysedTables))
              and (coalesce(last_analyze, last_autoanalyze) is null
                   or n_mod_since_analyze > greatest(n_live_tup, 1000) / 10)
            """
        ) { row in changed.insert(try row.decode(String.self, "name")) }
        let tables = Self.analysedTables.filter(changed.contains)
        if !tables.isEmpty {
            try connection.execute("analyze \(unsafeRaw: tables.joined(separator: ", "))")
        }
    }

    private func recordStage(runId: Int64, ordinal: Int, name: String, started: Date) throws {
        try connection.execute(
            """
            insert into pipeline.stage (run_id, ordinal, name, started_at, finished_at)
            values (\(runId), \(ordinal), \(name), \(started), clock_timestamp())
            """)
    }

    private func finish(runId: Int64, counts: (errors: Int, warnings: Int)) throws -> Outcome {
        let result = try connection.execute(
            RunInputs.finish(runId: runId, errors: counts.errors, warnings: counts.warnings))
        let row = result.first!
        return Outcome(
            runId: runId, succeeded: counts.errors == 0, complete: try row.decode(Bool.self, "complete"),
            missingUnits: try row.decode([String].self, "missing_units"),
            errors: counts.errors, warnings: counts.warnings)
    }
}

/// The SQL that records a run's inputs and closes it.
enum RunInputs {
    /// Units expected to submit are the leaves of the subtree (and any inner unit that
    /// submitted itself); each contributes its submission in force for the year.
    static func record(runId: Int64) -> SQLQuery {
        """
        insert into pipeline.run_submission (run_id, unit_code, submission_id)
        select r.id, c.unit_code, c.id
        from pipeline.run r
        cross join lateral registry.subtree(r.node_code) t
        join intake.current_submission c on c.unit_code = t.code and c.fiscal_year = r.fiscal_year
        where r.id = \(runId)
        """
    }

    /// Closes the run with its counts; returns whether it is complete and the units missing.
    static func finish(runId: Int64, errors: Int, warnings: Int) -> SQLQuery {
        """
        with run as (
            select id, node_code, fiscal_year from pipeline.run where id = \(runId)
        ),
        leaves as (
            select t.code
            from run r
            cross join lateral registry.subtree(r.node_code) t
            where not exists (select 1 from registry.unit c where c.parent_code = t.code)
        ),
        missing as (
            select coalesce(array_agg(l.code order by l.code), '{}') as codes
            from leaves l
            where not exists (
                select 1 from pipeline.run_submission s where s.run_id = \(runId) and s.unit_code = l.code
            )
        )
        update pipeline.run p
        set status = case when \(errors) = 0 then 'succeeded' else 'failed' end,
            complete = cardinality(m.codes) = 0,
            missing_units = m.codes,
            errors = \(errors),
            warnings = \(warnings),
            finished_at = clock_timestamp()
        from missing m
        where p.id = \(runId)
        returning p.complete, p.missing_units
        """
    }
}

import Foundation
import Postgres

/// One consolidation run as the command line (`huizong runs`, `huizong status`) and the
/// portal (the run page, the status page's newest run) show it: its outcome, counts, stage
/// timings and manifest, and, when loaded with them, the first of its findings and warnings.
public struct RunDetail: Sendable {
    /// One stage of the pipeline as it ran.
    public struct Stage: Sendable, Equatable, CustomStringConvertible {
        public var name: String
        /// Seconds it took, two decimals (`0.42`).
        public var seconds: String

        /// `validate 0.42 s`.
        public var description: String { "\(name) \(seconds) s" }
    }

    public var id: Int64
    public var node: String
    public var year: Int
    /// How it ended (or that it has not).
    public var outcome: RunOutcome
    /// Units without a submission in force, for an incomplete run.
    public var missing: [String]
    public var errors: Int
    public var warnings: Int
    /// When it started (`OfficeTime` formats it for people).
    public var startedAt: Date
    /// The stages that finished, in order.
    public var stages: [Stage]
    /// SHA-256 of the run's manifest (hex); nil unless it succeeded.
    public var manifest: String?
    /// When `huizong runs prune` deleted its results (its manifest and findings stay).
    public var prunedAt: Date?
    /// Its first findings (the first `listed`), when loaded with them.
    public var findings: [Finding] = []
    /// Findings beyond the ones listed.
    public var moreFindings = 0
    /// The run's warnings (the first `listed`), each with its unit's explanation and the
    /// office's decision, when loaded with its findings.
    public var explanations: [RunExplanations.Entry] = []
    /// Warnings beyond the ones listed with their explanations.
    public var moreExplanations = 0

    /// The stored status: `running`, `succeeded` or `failed` (abandoned runs are failed).
    public var status: String {
        switch outcome {
        case .complete, .incomplete: return "succeeded"
        case .running: return "running"
        case .failed, .abandoned: return "failed"
        }
    }

    /// Whether it succeeded with every unit expected.
    public var complete: Bool { outcome == .complete }

    /// The exit code `huizong run` ended (or would end) with: the outcome's.
    public var exitCode: Int { Int(outcome.exitCode) }

    /// A page lists this many findings and warnings; the run's own exports have them all.
    public static let listed = 500

    /// Run `id` as the connection's account sees it, with its first findings and warnings
    /// unless `findings` is false; nil when there is none (or the account may not see it).
    public static func load(id: Int64, findings: Bool = true, connection: Connection) throws -> RunDetail? {
        guard var detail = try connection.execute(query(where: "r.id = \(id)")).first.map(RunDetail.init) else {
            return nil
        }
        if findings { try detail.loadFindings(connection) }
        return detail
    }

    /// Reads the first `listed` findings and warnings with their explanations.
    mutating func loadFindings(_ connection: Connection) throws {
        try RunFindings.forEach(runId: id, connection: connection) { entry in
            if findings.count < Self.listed { findings.append(entry) } else { moreFindings += 1 }
        }
        try RunExplanations.forEach(runId: id, connection: connection) { entry in
            if explanations.count < Self.listed { explanations.append(entry) } else { moreExplanations += 1 }
        }
    }

    /// The runs that `condition` selects (a condition on `r`, `pipeline.run`, its values
    /// bound), newest first.
    static func query(where condition: SQLQuery) -> SQLQuery {
        """
        select r.id, r.node_code, r.fiscal_year, r.status, r.complete, r.message, r.missing_units, r.errors,
               r.warnings, r.started_at,
               r.manifest_sha256, r.pruned_at, coalesce(s.names, '{}') as stage_names, coalesce(s.seconds, '{}') as stage_seconds
        from pipeline.run r
        left join lateral (
            select array_agg(s.name order by s.ordinal) as names,
                   array_agg(to_char(extract(epoch from s.finished_at - s.started_at), 'FM999990.00')
                             order by s.ordinal) as seconds
            from pipeline.stage s where s.run_id = r.id
        ) s on true
        where \(fragment: condition)
        order by r.id desc
        """
    }
}

extension RunDetail {
    /// The run in a row of `RunDetail.query`, without its findings.
    init(_ row: Row) throws {
        id = try row.decode(Int64.self, "id")
        node = try row.decode(String.self, "node_code")
        year = try row.decode(Int.self, "fiscal_year")
        outcome = RunOutcome(
            status: try row.decode(String.self, "status"), complete: try row.decode(Bool?.self, "complete"),
            message: try row.decode(String?.self, "message"))
        missing = try row.decode([String].self, "missing_units")
        errors = try row.decode(Int.self, "errors")
        warnings = try row.decode(Int.self, "warnings")
        startedAt = try row.decode(Date.self, "started_at")
        let names = try row.decode([String].self, "stage_names")
        let seconds = try row.decode([String].self, "stage_seconds")
        stages = zip(names, seconds).map { Stage(name: $0, seconds: $1) }
        manifest = try row.decode(String?.self, "manifest_sha256")
        prunedAt = try row.decode(Date?.self, "pruned_at")
    }
}

extension RunDetail {
    /// A run from its stored words: `status` (`running`, `succeeded`, `failed`) and
    /// `complete`, without stages or manifest (as the portal's page tests build one).
    public init(
        id: Int64, node: String, year: Int, status: String, complete: Bool, missing: [String], errors: Int,
        warnings: Int, startedAt: Date, findings: [Finding], moreFindings: Int
    ) {
        self.init(
            id: id, node: node, year: year, outcome: RunOutcome(status: status, complete: complete, message: nil),
            missing: missing, errors: errors, warnings: warnings, startedAt: startedAt, stages: [], manifest: nil,
            findings: findings, moreFindings: moreFindings)
    }
}

import Postgres

/// The 审核说明 list of a run: every warning it found, by unit and rule, with the unit's
/// explanation on that submission and the office's decision, streamed from the run into
/// the output.
///
/// By default the list is as the run saw it: explanations written and decisions made before
/// the run started, so `export --run N` re-exports what the run's manifest hashed even after
/// the unit explained more. `live` lists them as they stand now instead.
public struct ExplanationList {
    /// One warning of the run, its unit's name and its explanation (nil while unexplained).
    public typealias Row = RunExplanations.Entry

    let source: ExportSource
    let live: Bool

    /// The list of the node's current run for the year (or of an earlier run).
    public init(node: String, year: Int, run: Int64? = nil, live: Bool = false, connection: Connection) throws {
        self.source = try ExportSource.load(node: node, year: year, run: run, connection: connection)
        self.live = live
    }

    /// The list of the run `source` names, as that run saw it.
    init(source: ExportSource, live: Bool = false) {
        self.source = source
        self.live = live
    }

    /// Streams the run's warnings, ordered by unit, rule and line.
    public func forEachRow(_ connection: Connection, _ body: (Row) throws -> Void) throws {
        try RunExplanations.forEach(runId: source.runId, asOfRunStart: !live, connection: connection, body)
    }
}

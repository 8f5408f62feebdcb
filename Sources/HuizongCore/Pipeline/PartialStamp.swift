import Postgres

/// What a submission's partial aggregates (`consolidated.unit_partial` and the
/// `consolidated.partial_*` tables) were computed under: the rules and reference tables in
/// force (`RuleStamp`) and the text of the pipeline's SQL stages. A run records it in
/// `pipeline.run.partial_stamp`; its consolidation statements reuse the partials of that stamp
/// and recompute the others (`sql/consolidate/001`–`005`).
struct PartialStamp {
    let connection: Connection
    let files: ProjectFiles

    /// Taken first in a run's transaction, before its snapshot: runs of any node share the
    /// partials, so they compute and delete them one at a time.
    static var lockStatement: SQLQuery { "lock table consolidated.unit_partial in share row exclusive mode" }

    /// Records the run's stamp and whether it recomputes every partial (`full`).
    func record(runId: Int64, pipeline: PipelineDefinition, full: Bool) throws {
        let text = try stampText(pipeline: pipeline)
        try connection.execute(
            """
            update pipeline.run
            set partial_stamp = encode(sha256(convert_to(\(text), 'UTF8')), 'hex'), full_recompute = \(full)
            where id = \(runId)
            """)
    }

    /// The rules' stamp (their text and the reference edition in force), then every SQL
    /// statement of the pipeline in order.
    private func stampText(pipeline: PipelineDefinition) throws -> String {
        var rules: [Rule] = []
        var statements: [String] = []
        for stage in pipeline.stages {
            for directory in [stage.rules, stage.checks].compactMap({ $0 }) {
                rules += try Rule.load(directory: directory, files: files)
            }
            for file in stage.sql ?? [] { statements.append(try files.text(file)) }
        }
        let ruleStamp = try RuleStamp.current(rules: rules, connection: connection)
        return ([ruleStamp] + statements).joined(separator: "\n\u{1E}\n")
    }
}

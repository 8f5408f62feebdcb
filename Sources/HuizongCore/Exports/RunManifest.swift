import Foundation
import Postgres

/// What a run used and produced — its inputs (submission ids and the SHA-256 of their raw
/// bytes), the SHA-256 of the rule and pipeline files, and the SHA-256 of each export —
/// stored with the run, with the SHA-256 of the whole as the run's manifest hash.
public struct RunManifest {
    let connection: Connection
    let files: ProjectFiles

    /// A manifest writer on the run's own connection.
    public init(connection: Connection, files: ProjectFiles) {
        self.connection = connection
        self.files = files
    }

    /// Records the manifest of a succeeded run, inside the run's transaction.
    public func record(runId: Int64, pipeline: PipelineDefinition, pipelineFile: URL) throws {
        let rules = try sha256(rulesText(pipeline: pipeline, pipelineFile: pipelineFile))
        try connection.execute("update pipeline.run set rules_sha256 = \(rules) where id = \(runId)")
        let row = try connection.execute("select node_code, fiscal_year from pipeline.run where id = \(runId)").first!
        let source = try ExportSource.load(
            node: try row.decode(String.self, "node_code"), year: try row.decode(Int.self, "fiscal_year"), run: runId,
            connection: connection)
        var lines = ["node \(source.nodeCode) \(source.fiscalYear)", "rules \(rules)"]
        try connection.forEachRow(
            """
            select rs.unit_code, rs.submission_id, u.sha256
            from pipeline.run_submission rs
            join intake.submission s on s.id = rs.submission_id
            join intake.upload u on u.id = s.upload_id
            where rs.run_id = \(runId) order by rs.unit_code
            """
        ) { input in
            let unit = try input.decode(String.self, "unit_code")
            let submission = try input.decode(Int64.self, "submission_id")
            lines.append("input \(unit) \(submission) \(try input.decode(String.self, "sha256"))")
        }
        // The explanations export names each warning's rule: the shipped rules' names, as
        // `export` loads them, whichever rules this run's pipeline read.
        try Rule.loadCatalogue(files: files)
        for export in ExportSet.all {
            let sink = OutputSink.memory()
            try export.render(source, connection: connection, to: sink)
            try sink.close()
            let hash = try sha256(sink.bytes)
            try connection.execute(
                "insert into pipeline.run_export (run_id, name, sha256) values (\(runId), \(export.name), \(hash))")
            lines.append("export \(export.name) \(hash)")
        }
        let manifest = try sha256(Array(lines.joined(separator: "\n").utf8))
        try connection.execute("update pipeline.run set manifest_sha256 = \(manifest) where id = \(runId)")
    }

    private func rulesText(pipeline: PipelineDefinition, pipelineFile: URL) throws -> [UInt8] {
        var text = try String(contentsOf: pipelineFile, encoding: .utf8)
        for stage in pipeline.stages {
            for directory in [stage.rules, stage.checks].compactMap({ $0 }) {
                for file in try files.sqlFiles(in: directory) { text += try String(contentsOf: file, encoding: .utf8) }
            }
            for file in stage.sql ?? [] { text += try files.text(file) }
        }
        return Array(text.utf8)
    }

    private func sha256(_ bytes: [UInt8]) throws -> String {
        try connection.execute("select encode(sha256(\(bytes)), 'hex') as sum").first!.decode(String.self, "sum")
    }
}

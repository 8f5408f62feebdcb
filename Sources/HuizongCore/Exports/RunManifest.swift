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
        let run = PostgresValue.text(String(runId))
        let rules = try sha256(rulesText(pipeline: pipeline, pipelineFile: pipelineFile))
        try connection.execute("update pipeline.run set rules_sha256 = $2 where id = $1::bigint", [run, .text(rules)])
        let row = try connection.execute(
            "select node_code, fiscal_year from pipeline.run where id = $1::bigint", [run]
        ).first!
        let source = try ExportSource.load(
            node: try row.string("node_code"), year: try row.int("fiscal_year"), run: runId, connection: connection)
        var lines = ["node \(source.nodeCode) \(source.fiscalYear)", "rules \(rules)"]
        try connection.forEachRow(
            """
            select rs.unit_code, rs.submission_id, u.sha256
            from pipeline.run_submission rs
            join intake.submission s on s.id = rs.submission_id
            join intake.upload u on u.id = s.upload_id
            where rs.run_id = $1::bigint order by rs.unit_code
            """, [run]
        ) { input in
            lines.append("input \(input["unit_code"] ?? "") \(input["submission_id"] ?? "") \(input["sha256"] ?? "")")
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
                "insert into pipeline.run_export (run_id, name, sha256) values ($1::bigint, $2, $3)",
                [run, .text(export.name), .text(hash)])
            lines.append("export \(export.name) \(hash)")
        }
        let manifest = try sha256(Array(lines.joined(separator: "\n").utf8))
        try connection.execute(
            "update pipeline.run set manifest_sha256 = $2 where id = $1::bigint", [run, .text(manifest)])
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
        try connection.execute("select encode(sha256($1), 'hex') as sum", [.bytes(bytes)]).first!.string("sum")
    }
}

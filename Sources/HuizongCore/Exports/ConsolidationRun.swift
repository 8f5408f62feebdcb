import Foundation
import Logging
import Postgres

/// A consolidation as the CLI and the demo run it: the pipeline, then its manifest in the
/// same transaction.
public enum ConsolidationRun {
    /// Runs the pipeline in `pipelineFile` for `node` and `year` and records the manifest.
    public static func run(
        node: String, year: Int, pipelineFile: URL, wait: Bool = false, connection: Connection, files: ProjectFiles,
        logger: Logger
    ) throws -> PipelineRunner.Outcome {
        let pipeline = try PipelineDefinition.load(pipelineFile)
        return try PipelineRunner(connection: connection, files: files, logger: logger).run(
            node: node, year: year, pipeline: pipeline, wait: wait
        ) { runId in
            try RunManifest(connection: connection, files: files).record(
                runId: runId, pipeline: pipeline, pipelineFile: pipelineFile)
        }
    }
}

import Foundation
import Logging
import Postgres

/// A consolidation as the CLI, the demo and the portal run it: the pipeline, then its
/// manifest in the same transaction.
public enum ConsolidationRun {
    /// Runs the pipeline in `pipelineFile` for `node` and `year` and records the manifest;
    /// `full` recomputes every partial aggregate instead of only the missing ones.
    public static func run(
        node: String, year: Int, pipelineFile: URL, wait: Bool = false, full: Bool = false, connection: Connection,
        files: ProjectFiles, logger: Logger
    ) throws -> PipelineRunner.Outcome {
        let started = try begin(
            node: node, year: year, pipelineFile: pipelineFile, wait: wait, full: full, connection: connection,
            files: files, logger: logger)
        return try execute(started, pipelineFile: pipelineFile, connection: connection, files: files, logger: logger)
    }

    /// Takes the lock and records the run (status `running`) without executing it: the
    /// portal answers with the run's id, then calls `execute` on the same connection.
    public static func begin(
        node: String, year: Int, pipelineFile: URL, wait: Bool = false, full: Bool = false, connection: Connection,
        files: ProjectFiles, logger: Logger
    ) throws -> PipelineRunner.Started {
        let pipeline = try PipelineDefinition.load(pipelineFile)
        return try PipelineRunner(connection: connection, files: files, logger: logger).begin(
            node: node, year: year, pipeline: pipeline, wait: wait, full: full)
    }

    /// Executes a run `begin` started on `connection`, then records its manifest; after a
    /// succeeded run, prunes earlier runs as the pipeline's `retention:` says.
    public static func execute(
        _ started: PipelineRunner.Started, pipelineFile: URL, connection: Connection, files: ProjectFiles,
        logger: Logger, progress: (PipelineRunner.Progress) -> Void = { _ in }
    ) throws -> PipelineRunner.Outcome {
        let outcome = try PipelineRunner(connection: connection, files: files, logger: logger).execute(
            started, progress: progress
        ) { runId in
            try RunManifest(connection: connection, files: files).record(
                runId: runId, pipeline: started.pipeline, pipelineFile: pipelineFile)
        }
        if outcome.succeeded, let keep = started.pipeline.retention?.keepRuns {
            applyRetention(started, keep: keep, connection: connection, logger: logger)
        }
        return outcome
    }

    /// The run is committed and stands whatever happens here: a failed prune is logged and
    /// the next run tries again.
    private static func applyRetention(
        _ started: PipelineRunner.Started, keep: Int, connection: Connection, logger: Logger
    ) {
        do {
            let report = try RunPruner(connection: connection).prune(node: started.node, year: started.year, keep: keep)
            if !report.pruned.isEmpty {
                logger.info(
                    "pruned earlier runs' results",
                    metadata: ["run": "\(started.runId)", "pruned": "\(report.pruned)"])
            }
        } catch {
            logger.error("pruning earlier runs failed", metadata: ["run": "\(started.runId)", "error": "\(error)"])
        }
    }
}

import Foundation
import Yams

/// A pipeline file (`pipelines/nightly.yaml`): named stages, in order. A stage runs the
/// per-submission rules of a directory (`rules:`), the run checks of a directory
/// (`checks:`), or a list of SQL files (`sql:`), each one statement with the run id bound
/// as `$1`.
public struct PipelineDefinition: Decodable, Sendable {
    /// The pipeline's name, recorded with each run.
    public var name: String
    /// The stages, in order.
    public var stages: [Stage]
    /// Per rule, whether its warnings need the unit's explanation before approval
    /// (`required`, the default) or not (`optional`).
    public var explain: [String: Requirement]?
    /// What to keep of earlier runs after a run succeeds (`retention: keep_runs: N`).
    public var retention: Retention?
    /// `full: true`: every run recomputes every submission's partial aggregates, as
    /// `huizong run --full` does, instead of only those of new submissions, rules or tables.
    public var full: Bool?

    /// `retention:` of a pipeline file: after each succeeded run of a node and year, prune
    /// the results of all but its newest `keep_runs` runs (`RunPruner`).
    public struct Retention: Decodable, Sendable {
        public var keepRuns: Int

        enum CodingKeys: String, CodingKey {
            case keepRuns = "keep_runs"
        }
    }

    /// Whether a rule's warnings must be explained.
    public enum Requirement: String, Decodable, Sendable {
        case required
        case optional
    }

    /// One stage of a pipeline: exactly one of `rules` (a directory of per-submission
    /// rules, `$1` the submission ids), `checks` (a directory of run checks, `$1` the run id)
    /// or `sql` (statements, `$1` the run id).
    public struct Stage: Decodable, Sendable {
        public var name: String
        public var rules: String?
        public var checks: String?
        public var sql: [String]?
    }

    /// Reads and checks a pipeline file; paths inside are relative to the project files.
    public static func load(_ url: URL) throws -> PipelineDefinition {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw HuizongError.usage(.cannotReadPipeline(path: url.path, reason: error.localizedDescription))
        }
        let definition: PipelineDefinition
        do {
            definition = try YAMLDecoder().decode(PipelineDefinition.self, from: text)
        } catch {
            throw HuizongError.usage(.pipelineInvalid(path: url.path, reason: "\(error)"))
        }
        for stage in definition.stages
        where [stage.rules != nil, stage.checks != nil, stage.sql != nil].filter({ $0 }).count != 1 {
            throw HuizongError.usage(.pipelineStageKind(path: url.path, stage: stage.name))
        }
        if let keep = definition.retention?.keepRuns, keep < 1 {
            throw HuizongError.usage(.pruneKeepTooSmall(keep: keep))
        }
        return definition
    }
}

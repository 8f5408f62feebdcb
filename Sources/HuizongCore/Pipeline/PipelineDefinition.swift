import Foundation
import Yams

/// A pipeline file (`pipelines/nightly.yaml`): named stages, in order. A stage either
/// runs the rules of a directory (`rules:`) or a list of SQL files (`sql:`), each one
/// statement with the run id bound as `$1`.
public struct PipelineDefinition: Decodable, Sendable {
    /// The pipeline's name, recorded with each run.
    public var name: String
    /// The stages, in order.
    public var stages: [Stage]

    /// One stage of a pipeline.
    public struct Stage: Decodable, Sendable {
        public var name: String
        public var rules: String?
        public var sql: [String]?
    }

    /// Reads and checks a pipeline file; paths inside are relative to the project files.
    public static func load(_ url: URL) throws -> PipelineDefinition {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw HuizongError.usage("cannot read pipeline \(url.path): \(error.localizedDescription)")
        }
        let definition: PipelineDefinition
        do {
            definition = try YAMLDecoder().decode(PipelineDefinition.self, from: text)
        } catch {
            throw HuizongError.usage("pipeline \(url.path) is not valid: \(error)")
        }
        for stage in definition.stages where (stage.rules == nil) == (stage.sql == nil) {
            throw HuizongError.usage(
                "pipeline \(url.path): stage \(stage.name) needs exactly one of `rules:` or `sql:`")
        }
        return definition
    }
}

import Foundation

/// Which warnings must be explained before approval: every one, except the rules the
/// pipeline file marks `optional` under `explain:`
/// (`explain: {three_public_over_budget: optional}`).
public struct ExplanationPolicy: Sendable {
    /// The rules whose warnings may stay unexplained.
    public var optionalRules: Set<String>

    /// A policy with these optional rules.
    public init(optionalRules: Set<String> = []) {
        self.optionalRules = optionalRules
    }

    /// The policy of a pipeline definition.
    public init(_ pipeline: PipelineDefinition) {
        optionalRules = Set((pipeline.explain ?? [:]).filter { $0.value == .optional }.keys)
    }

    /// The policy of the shipped nightly pipeline.
    public static func shipped(files: ProjectFiles) throws -> ExplanationPolicy {
        ExplanationPolicy(try PipelineDefinition.load(files.url("pipelines/nightly.yaml")))
    }
}

import HuizongCore

/// What `POST /api/runs` answers: the run, its exit code as the CLI's (0 complete, 1
/// failed, 3 incomplete, 4 another run in progress) and whether it was complete.
public struct RunAnswer: Sendable, Codable, Equatable {
    public var run: Int64?
    public var exit: Int
    public var complete: Bool
    public var errors: Int
    public var warnings: Int
    public var missing: [String]
    /// Set when another run held the lock: the refusal in Chinese …
    public var message: String?
    /// … and its code (`run_in_progress`).
    public var code: String?
    /// The refusal itself, for the pages (not part of the JSON).
    public var refusal: Refusal?

    private enum CodingKeys: String, CodingKey {
        case run, exit, complete, errors, warnings, missing, message, code
    }

    init(_ outcome: PipelineRunner.Outcome) {
        run = outcome.runId
        exit = Int(outcome.exitCode)
        complete = outcome.succeeded && outcome.complete
        errors = outcome.errors
        warnings = outcome.warnings
        missing = outcome.missingUnits
    }

    init(locked refusal: Refusal) {
        exit = 4
        complete = false
        errors = 0
        warnings = 0
        missing = []
        message = refusal.message(.zh)
        code = refusal.code
        self.refusal = refusal
    }
}

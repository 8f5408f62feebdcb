import HuizongCore

/// What `POST /api/runs` (202, the run just started or the one already going) and
/// `GET /api/runs/N` (200) answer: the run, its outcome (`running` until it ends), its exit
/// code as the CLI's once it has ended (0 complete, 1 failed, 3 incomplete; null while
/// running; 4 when another run held the lock and is not known) and whether it was complete.
public struct RunAnswer: Sendable, Codable, Equatable {
    public var run: Int64?
    /// `running`, `complete`, `incomplete`, `failed`, `abandoned` (`RunOutcome`); nil for a
    /// refused run.
    public var outcome: String?
    /// The run's page (`/runs/N`).
    public var href: String?
    public var exit: Int?
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
        case run, outcome, href, exit, complete, errors, warnings, missing, message, code
    }

    /// Every key but `message` and `code` is written, null or not: `exit` is null while the
    /// run goes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(run, forKey: .run)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(href, forKey: .href)
        try container.encode(exit, forKey: .exit)
        try container.encode(complete, forKey: .complete)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(missing, forKey: .missing)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(code, forKey: .code)
    }

    /// Run `id`, started and not finished.
    init(running id: Int64) {
        run = id
        outcome = RunOutcome.running.rawValue
        href = PageURL.path("runs", String(id))
        complete = false
        errors = 0
        warnings = 0
        missing = []
    }

    /// A stored run, finished or not.
    init(_ detail: RunDetail) {
        run = detail.id
        outcome = detail.outcome.rawValue
        href = PageURL.path("runs", String(detail.id))
        exit = detail.outcome == .running ? nil : detail.exitCode
        complete = detail.complete
        errors = detail.errors
        warnings = detail.warnings
        missing = detail.missing
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

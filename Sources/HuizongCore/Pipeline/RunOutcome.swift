/// How a consolidation run ended, or that it has not: the one list of outcomes, with the
/// words the command line (English) and the portal (Chinese) show for them and the exit code
/// `huizong run` ends with.
public enum RunOutcome: String, Sendable, CaseIterable {
    /// Succeeded, every unit expected had a submission in force: the results are published.
    case complete
    /// Succeeded, but some units had no submission in force: published, marked incomplete.
    case incomplete
    /// Found errors (or failed): nothing of it was published.
    case failed
    /// Still running (or its process was killed and no run of the node and year has
    /// started since to notice).
    case running
    /// Its process ended before it finished; the next run of the node and year marked it so.
    /// Nothing of it was published.
    case abandoned

    /// What `pipeline.run.message` of an abandoned run starts with.
    public static let abandonedMessage =
        "abandoned: its process ended before the run finished; nothing of it was published"

    /// The outcome of a run stored with `status` (`running`, `succeeded`, `failed`),
    /// `complete` and `message`.
    public init(status: String, complete: Bool?, message: String?) {
        switch status {
        case "succeeded": self = complete == true ? .complete : .incomplete
        case "running": self = .running
        default: self = message?.hasPrefix("abandoned:") == true ? .abandoned : .failed
        }
    }

    /// The outcome of a run that ended: `succeeded` (no errors) and `complete`.
    public init(succeeded: Bool, complete: Bool) {
        self = !succeeded ? .failed : (complete ? .complete : .incomplete)
    }

    /// Whether the run succeeded, so that its results are published (complete or not).
    public var succeeded: Bool { self == .complete || self == .incomplete }

    /// The exit code `spec/cli.md` gives a run: 0 complete, 3 incomplete, 1 for one that
    /// published nothing (failed, abandoned, or not finished).
    public var exitCode: Int32 {
        switch self {
        case .complete: return 0
        case .incomplete: return 3
        case .failed, .running, .abandoned: return 1
        }
    }

    /// The words `huizong runs` prints: "succeeded, complete", "succeeded, incomplete",
    /// "failed", "running", "abandoned".
    public var label: String {
        switch self {
        case .complete: return "succeeded, complete"
        case .incomplete: return "succeeded, incomplete"
        case .failed: return "failed"
        case .running: return "running"
        case .abandoned: return "abandoned"
        }
    }

    /// The words the portal shows: 完成, 完成但不完整, 失败, 进行中, 已中断.
    public var chinese: String {
        switch self {
        case .complete: return "完成"
        case .incomplete: return "完成但不完整"
        case .failed: return "失败"
        case .running: return "进行中"
        case .abandoned: return "已中断"
        }
    }
}

import Foundation
import HuizongCore

/// The consolidation runs this server process has started and not yet finished, with the
/// stage each is at: what `POST /api/runs` answers a second request with, and what the run
/// page shows while a run is going. Runs started elsewhere (the CLI, another server) are
/// not here; the advisory lock and `pipeline.run` speak for those.
final class RunJobs: @unchecked Sendable {
    /// A run in progress: its id and the stage it is at (nil before the first).
    struct Job: Sendable, Equatable {
        var runId: Int64
        var progress: PipelineRunner.Progress?
    }

    private let lock = NSLock()
    /// Keyed by `node/year`.
    private var jobs: [String: Job] = [:]

    /// The run in progress for `node` and `year`, if this process runs one.
    func running(node: String, year: Int) -> Job? {
        lock.withLock { jobs["\(node)/\(year)"] }
    }

    /// The job of run `id`, if this process is running it.
    func job(run id: Int64) -> Job? {
        lock.withLock { jobs.values.first { $0.runId == id } }
    }

    /// Every run in progress (at shutdown, to say which are left behind).
    var all: [Job] { lock.withLock { Array(jobs.values) } }

    func started(_ runId: Int64, node: String, year: Int) {
        lock.withLock { jobs["\(node)/\(year)"] = Job(runId: runId, progress: nil) }
    }

    func progressed(_ runId: Int64, node: String, year: Int, _ progress: PipelineRunner.Progress) {
        lock.withLock {
            if jobs["\(node)/\(year)"]?.runId == runId { jobs["\(node)/\(year)"]?.progress = progress }
        }
    }

    func finished(_ runId: Int64, node: String, year: Int) {
        lock.withLock {
            if jobs["\(node)/\(year)"]?.runId == runId { jobs["\(node)/\(year)"] = nil }
        }
    }
}

/// A one-shot hand-over from the thread that begins a run to the request waiting for its id.
final class StartSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Int64, any Error>?

    init(_ continuation: CheckedContinuation<Int64, any Error>) {
        self.continuation = continuation
    }

    /// Resumes the waiting request once; later calls do nothing.
    func resume(_ result: Result<Int64, any Error>) {
        let waiting = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}

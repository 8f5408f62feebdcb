import Foundation

/// Batches in flight on one or two stores, each on its own connection and thread: batch k
/// runs on store k mod 2, draws its ids after batch k − 1 drew its own (ids in the files'
/// order), is checked only after batch k − 1 is committed (`BatchTurn`), and its outcomes
/// are handed on in order. At most two batches are in flight: adding a third
/// waits for the oldest. A batch that fails stops the ones after it before they are checked
/// (their raw uploads stay, as a failed batch's do).
final class BatchPipeline: @unchecked Sendable {
    private let workers: [Worker]
    private var inFlight: [Flight] = []
    private var added = 0
    private var previous = Flight.none

    init(stores: [SubmissionStore]) {
        workers = stores.enumerated().map { Worker(store: $1, label: "huizong.intake.\($0)") }
    }

    /// Starts `batch` after the batches before it; hands on the outcomes of the oldest batch
    /// when two are already in flight.
    func add(_ batch: [SubmissionStore.Upload], _ onOutcome: (SubmissionStore.Outcome) throws -> Void) throws {
        if inFlight.count >= workers.count { try handOn(onOutcome) }
        let flight = Flight()
        let worker = workers[added % workers.count]
        let before = previous
        let order = BatchOrder(
            start: { try before.loaded.wait() }, loaded: { flight.loaded.close(succeeded: true) },
            turn: { try before.turn.wait() })
        worker.queue.async {
            let result = Result { try worker.store.submit(batch, order: order) }
            flight.turn.close(succeeded: (try? result.get()) != nil)
            flight.finish(result)
        }
        previous = flight
        added += 1
        inFlight.append(flight)
    }

    /// Hands on the outcomes of every batch in flight, in order.
    func finish(_ onOutcome: (SubmissionStore.Outcome) throws -> Void) throws {
        while !inFlight.isEmpty { try handOn(onOutcome) }
    }

    /// Waits for the batches in flight to end, their outcomes unreported (intake stops).
    func abandon() {
        for flight in inFlight { _ = flight.wait() }
        inFlight = []
    }

    private func handOn(_ onOutcome: (SubmissionStore.Outcome) throws -> Void) throws {
        let flight = inFlight.removeFirst()
        for outcome in try flight.wait().get() { try onOutcome(outcome) }
    }

    /// A store and the serial queue its connection is used on.
    private final class Worker: @unchecked Sendable {
        let store: SubmissionStore
        let queue: DispatchQueue

        init(store: SubmissionStore, label: String) {
            self.store = store
            self.queue = DispatchQueue(label: label)
        }
    }

    /// One batch in flight: when the next batch may draw its ids (`loaded`) and be checked
    /// (`turn`), and, once done, its outcomes.
    private final class Flight: @unchecked Sendable {
        /// The batch before the first: passed.
        static let none: Flight = {
            let flight = Flight()
            flight.loaded.close(succeeded: true)
            flight.turn.close(succeeded: true)
            return flight
        }()

        let loaded = BatchTurn()
        let turn = BatchTurn()
        private var result: Result<[SubmissionStore.Outcome], any Error>?
        private let done = DispatchSemaphore(value: 0)

        func finish(_ result: Result<[SubmissionStore.Outcome], any Error>) {
            self.result = result
            done.signal()
        }

        func wait() -> Result<[SubmissionStore.Outcome], any Error> {
            done.wait()
            done.signal()
            return result!
        }
    }
}

/// A moment in a batch — its ids drawn, or it committed (or failed) — which the next batch
/// waits for; the first close counts, and waiting again returns at once.
final class BatchTurn: @unchecked Sendable {
    private let condition = NSCondition()
    private var succeeded: Bool?

    /// Marks the moment passed; the next batch goes on only if `succeeded`.
    func close(succeeded: Bool) {
        condition.withLock {
            if self.succeeded == nil { self.succeeded = succeeded }
            condition.broadcast()
        }
    }

    /// Blocks until the batch before is done; throws when it failed.
    func wait() throws {
        let succeeded = condition.withLock {
            while self.succeeded == nil { condition.wait() }
            return self.succeeded!
        }
        if !succeeded { throw CancellationError() }
    }
}

/// Where a batch waits for the one before it (`SubmissionStore.submit(_:order:)`); alone, a
/// batch waits for nothing.
struct BatchOrder: Sendable {
    /// Before its raw uploads: the batch before has drawn its ids.
    var start: @Sendable () throws -> Void = {}
    /// Its own ids are drawn and its lines copied.
    var loaded: @Sendable () -> Void = {}
    /// Before its checks: the batch before is committed; throws when it failed.
    var turn: @Sendable () throws -> Void = {}
}

import Foundation

/// Intake of many files (`huizong submit` of a folder of them): files are read and parsed
/// on every core while the batch before them is being stored, and each batch goes to the
/// database as one transaction (`SubmissionStore.submit(_:turn:)`, `SubmissionBatch`). With a
/// second store (its own connection), a batch's lines are copied while the batch before it
/// is checked and committed; it is checked only once that one is committed, so versions,
/// locks and the previous year in force are as if the batches ran one after the other.
/// Memory stays within three batches: one checked, one copied, one parsed.
public struct BatchIntake {
    let stores: [SubmissionStore]
    /// The most raw bytes in one batch: about 50 000 lines of the usual 70–80 bytes.
    let batchBytes: Int
    /// The most files in one batch.
    let batchFiles: Int

    /// Intake through `store` (and `overlapping`, a store on a second connection, when
    /// given), in batches of at most `batchBytes` raw bytes (a file larger than that is a
    /// batch of its own) and `batchFiles` files.
    public init(
        store: SubmissionStore, overlapping: SubmissionStore? = nil, batchBytes: Int = 4 << 20, batchFiles: Int = 200
    ) {
        self.stores = [store] + (overlapping.map { [$0] } ?? [])
        self.batchBytes = batchBytes
        self.batchFiles = batchFiles
    }

    /// Submits `files` in their order; `onOutcome` gets each file's outcome in that order,
    /// once its batch is committed. A file that cannot be read stops the intake there, as
    /// it would one file at a time: the files before it are stored, the rest are not.
    public func submit(
        files: [String], expectedUnit: String?, expectedYear: Int?,
        onOutcome: (SubmissionStore.Outcome) throws -> Void
    ) throws {
        let groups = Self.groups(files, sizes: files.map(Self.size), bytes: batchBytes, files: batchFiles)
        guard !groups.isEmpty else { return }
        let pipeline = BatchPipeline(stores: stores)
        do {
            var ahead = ParseJob(files: groups[0])
            for index in groups.indices {
                let parsed = ahead.wait()
                if index + 1 < groups.count { ahead = ParseJob(files: groups[index + 1]) }
                try store(
                    parsed, pipeline: pipeline, expectedUnit: expectedUnit, expectedYear: expectedYear,
                    onOutcome: onOutcome)
            }
            try pipeline.finish(onOutcome)
        } catch {
            pipeline.abandon()
            throw error
        }
    }

    /// Stores one group of parsed files in as few batches as keep each file's meaning: a file
    /// whose unit's previous year is earlier in the batch starts a new one, since its rules
    /// compare with that year's submission in force, which the earlier file may become.
    private func store(
        _ parsed: [Result<ParsedSubmission, any Error>], pipeline: BatchPipeline, expectedUnit: String?,
        expectedYear: Int?, onOutcome: (SubmissionStore.Outcome) throws -> Void
    ) throws {
        var batch: [SubmissionStore.Upload] = []
        var present = Set<UnitYear>()
        func flush() throws {
            if !batch.isEmpty { try pipeline.add(batch, onOutcome) }
            batch = []
            present = []
        }
        for result in parsed {
            let file: ParsedSubmission
            do {
                file = try result.get()
            } catch {
                try flush()
                try pipeline.finish(onOutcome)
                throw error
            }
            if let unit = file.report.unitCode, let year = file.report.fiscalYear {
                if present.contains(UnitYear(unit: unit, year: year - 1)) { try flush() }
                present.insert(UnitYear(unit: unit, year: year))
            }
            batch.append(SubmissionStore.Upload(file, expectedUnit: expectedUnit, expectedYear: expectedYear))
        }
        try flush()
    }

    /// The files cut into consecutive groups of at most `bytes` bytes and `files` files.
    static func groups(_ paths: [String], sizes: [Int], bytes: Int, files: Int) -> [[String]] {
        var groups: [[String]] = []
        var current: [String] = []
        var total = 0
        for (path, size) in zip(paths, sizes) {
            if !current.isEmpty, total + size > bytes || current.count >= files {
                groups.append(current)
                current = []
                total = 0
            }
            current.append(path)
            total += size
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// A file's size, 0 when it cannot be read (reading it says why).
    private static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// Reads and parses a group of files on every core, in the background; `wait` hands back
/// the parses in the files' order.
private final class ParseJob: @unchecked Sendable {
    private var results: [Result<ParsedSubmission, any Error>?]
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)

    init(files: [String]) {
        results = Array(repeating: nil, count: files.count)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let result = Result(catching: {
                    let data = try Data(contentsOf: URL(fileURLWithPath: files[index]))
                    return try ParsedSubmission(fileName: files[index], data: Array(data))
                })
                self.lock.withLock { self.results[index] = result }
            }
            self.done.signal()
        }
    }

    /// Blocks until every file of the group is parsed.
    func wait() -> [Result<ParsedSubmission, any Error>] {
        done.wait()
        return lock.withLock { results.map { $0! } }
    }
}

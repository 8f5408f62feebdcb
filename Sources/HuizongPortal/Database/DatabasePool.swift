import Logging
import NIOPosix
import Postgres

/// A fixed set of libpq connections, each lent to one request at a time. libpq blocks, so
/// every use runs on NIO's blocking thread pool, never on an event loop; a request waits
/// (without a thread) when all connections are lent out.
public actor DatabasePool {
    private let open: @Sendable () throws -> Connection
    private let capacity: Int
    private var idle: [PooledConnection] = []
    private var opened = 0
    private var waiting: [CheckedContinuation<PooledConnection?, Never>] = []
    private let threads: NIOThreadPool

    /// A pool of at most `capacity` connections made by `open`.
    public init(capacity: Int, threads: NIOThreadPool = .singleton, open: @escaping @Sendable () throws -> Connection) {
        self.capacity = capacity
        self.open = open
        self.threads = threads
    }

    /// Runs `body` on a lent connection on the blocking pool; the connection comes back after
    /// `reset` (which must leave it as it was lent, else it is closed and replaced).
    func use<T: Sendable>(
        _ body: @escaping @Sendable (Connection) throws -> T,
        reset: @escaping @Sendable (Connection) throws -> Void
    ) async throws -> T {
        let lent = try await checkOut()
        let result: Result<T, any Error> = await threads.runIfActiveResult {
            let value = Result { try body(lent.connection) }
            do {
                try reset(lent.connection)
            } catch {
                lent.broken = true
            }
            return value
        }
        checkIn(lent)
        return try result.get()
    }

    private func checkOut() async throws -> PooledConnection {
        if let connection = idle.popLast() { return connection }
        if opened < capacity {
            opened += 1
            do {
                let open = self.open
                return try await threads.runIfActive { PooledConnection(try open()) }
            } catch {
                opened -= 1
                throw error
            }
        }
        if let connection = await withCheckedContinuation({ waiting.append($0) }) { return connection }
        return try await checkOut()
    }

    private func checkIn(_ lent: PooledConnection) {
        if lent.broken || !lent.connection.isHealthy {
            lent.connection.close()
            opened -= 1
            // The next waiter opens a new connection in its stead.
            if !waiting.isEmpty { waiting.removeFirst().resume(returning: nil) }
            return
        }
        if waiting.isEmpty {
            idle.append(lent)
        } else {
            waiting.removeFirst().resume(returning: lent)
        }
    }

    /// Closes the idle connections (at shutdown).
    public func close() {
        for lent in idle { lent.connection.close() }
        opened -= idle.count
        idle.removeAll()
    }
}

/// A connection lent to one task at a time: the pool hands it to a single request and takes
/// it back before lending it again, which is what makes crossing threads safe.
final class PooledConnection: @unchecked Sendable {
    let connection: Connection
    var broken = false

    init(_ connection: Connection) {
        self.connection = connection
    }
}

extension NIOThreadPool {
    /// `runIfActive` that hands back the closure's result instead of rethrowing from a
    /// closure that must also run clean-up.
    fileprivate func runIfActiveResult<T: Sendable>(_ body: @escaping @Sendable () -> Result<T, any Error>) async
        -> Result<T, any Error>
    {
        do {
            return try await runIfActive(body)
        } catch {
            return .failure(error)
        }
    }
}

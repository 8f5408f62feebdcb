import Foundation

/// The PostgreSQL settings of the embedded cluster, appended to its `postgresql.conf`
/// when it is created, sized from the machine it is created on. Durability stays on
/// (fsync, full-page writes, synchronous commit): users keep their data here.
enum EmbeddedSettings {
    static func configuration(
        socketDirectory: String,
        memory: UInt64 = ProcessInfo.processInfo.physicalMemory,
        cores: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> String {
        let megabytes = memory / (1024 * 1024)
        // A quarter of memory for PostgreSQL's own cache (at most 8 GB): the rest stays
        // with the kernel's page cache, which effective_cache_size tells the planner about.
        let sharedBuffers = max(128, min(megabytes / 4, 8192))
        let cache = max(512, megabytes * 3 / 5)
        let maintenance = max(64, min(megabytes / 16, 2048))
        return """

            # --- Huizong embedded cluster (sized for \(megabytes) MB, \(cores) cores) ---
            listen_addresses = ''
            unix_socket_directories = '\(socketDirectory)'
            unix_socket_permissions = 0700
            fsync = on
            full_page_writes = on
            synchronous_commit = on
            shared_buffers = \(sharedBuffers)MB
            effective_cache_size = \(cache)MB
            maintenance_work_mem = \(maintenance)MB
            # per sort or hash; a run raises it for its own transaction
            work_mem = 64MB
            # bulk intake writes much WAL: fewer, spread checkpoints
            max_wal_size = 8GB
            checkpoint_timeout = 15min
            checkpoint_completion_target = 0.9
            wal_compression = on
            wal_buffers = 64MB
            # one helper per query on a small machine leaves a core for intake
            max_worker_processes = \(max(2, cores))
            max_parallel_workers = \(max(1, cores))
            max_parallel_workers_per_gather = \(max(1, cores / 2))
            random_page_cost = 1.1
            # intake's many short statements pay JIT's compile time without gaining from it
            jit = off
            log_min_messages = warning

            """
    }
}

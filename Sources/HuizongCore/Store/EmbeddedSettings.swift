/// The PostgreSQL settings of the embedded cluster, appended to its `postgresql.conf`
/// when it is created. Durability stays on (fsync, full-page writes): users keep their
/// data here.
enum EmbeddedSettings {
    static func configuration(socketDirectory: String) -> String {
        """

        # --- Huizong embedded cluster ---
        listen_addresses = ''
        unix_socket_directories = '\(socketDirectory)'
        unix_socket_permissions = 0700
        # sized for a 2-core machine with plenty of memory
        shared_buffers = 512MB
        work_mem = 64MB
        maintenance_work_mem = 256MB
        effective_cache_size = 8GB
        max_wal_size = 4GB
        wal_compression = on
        synchronous_commit = on
        log_min_messages = warning

        """
    }
}

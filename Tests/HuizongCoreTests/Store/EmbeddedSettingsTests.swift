import Testing

@testable import HuizongCore

/// The embedded cluster's settings follow the machine and never turn durability off.
@Suite struct EmbeddedSettingsTests {
    @Test func sizedFromMemoryAndCores() {
        let settings = EmbeddedSettings.configuration(
            socketDirectory: "/x/run", memory: 24 * 1024 * 1024 * 1024, cores: 2)
        #expect(settings.contains("shared_buffers = 6144MB\n"))
        #expect(settings.contains("effective_cache_size = 14745MB\n"))
        #expect(settings.contains("maintenance_work_mem = 1536MB\n"))
        #expect(settings.contains("max_parallel_workers_per_gather = 1\n"))
        #expect(settings.contains("unix_socket_directories = '/x/run'\n"))
    }

    @Test func smallMachinesGetFloorsAndDurabilityStaysOn() {
        let settings = EmbeddedSettings.configuration(socketDirectory: "/x", memory: 256 * 1024 * 1024, cores: 1)
        #expect(settings.contains("shared_buffers = 128MB\n"))
        #expect(settings.contains("effective_cache_size = 512MB\n"))
        for line in ["fsync = on", "full_page_writes = on", "synchronous_commit = on", "listen_addresses = ''"] {
            #expect(settings.contains(line + "\n"))
        }
    }
}

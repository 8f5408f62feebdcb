import ArgumentParser
import Foundation
import Hummingbird
import HuizongCore
import HuizongPortal
import Logging
import NIOPosix
import Postgres

/// `huizong serve`: the upload portal (Chinese pages and the JSON API) until SIGTERM.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the web portal for unit accountants and the finance office.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0: any free port).") var port = 8080
    @Option(help: "Largest upload accepted, in MiB.") var uploadLimitMb = 32
    @Option(help: "Database connections in the pool.") var connections = 8
    @Option(help: "Close a connection that sends nothing for this many seconds (idle or half-sent).")
    var idleTimeout = 30
    @Flag(help: "Mark the session cookie Secure (the portal is reached over TLS, e.g. behind a proxy).")
    var secureCookies = false

    func validate() throws {
        try Self.check("--port", port, in: 0...65535)
        try Self.check("--upload-limit-mb", uploadLimitMb, in: 1...1024)
        try Self.check("--connections", connections, in: 1...256)
        try Self.check("--idle-timeout", idleTimeout, in: 1...3600)
    }

    private static func check(_ option: String, _ value: Int, in range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            throw CommandContext.invalid(.optionOutOfRange(option: option, range: range))
        }
    }

    func run() async throws {
        // Access lines and warnings go to stderr (the journal, under systemd).
        let logger = CommandContext.makeLogger(label: "huizong.portal", level: .info)
        let service: PortalService
        do {
            service = try openService(logger: logger)
        } catch {
            throw CommandContext.exit(for: error)
        }
        let configuration = PortalConfiguration(
            host: host, port: port, uploadLimit: uploadLimitMb * 1024 * 1024 + 64 * 1024,
            secureCookies: secureCookies, idleTimeout: .seconds(idleTimeout))
        let app = PortalApplication.build(configuration, service: service, logger: logger) { channel in
            // The first line on stdout says where the portal is (the port, when 0 was asked for).
            let address = channel.localAddress
            let line = "listening on http://\(address?.ipAddress ?? host):\(address?.port ?? port)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        try await app.runService()
        await service.close()
    }

    /// Connects once the way every command does (starting and migrating the embedded
    /// cluster if that is the target), then pools connections to the same place.
    private func openService(logger: Logger) throws -> PortalService {
        let files = try ProjectFiles.locate()
        let target = DatabaseTarget.resolve(option: options.database)
        let first = try target.connect(files: files, logger: logger)
        first.close()
        let conninfo = target.conninfo
        // A thread per connection: libpq blocks its thread, and NIO's shared pool has only
        // as many threads as cores.
        let threads = NIOThreadPool(numberOfThreads: connections)
        threads.start()
        let pool = DatabasePool(capacity: connections, threads: threads) {
            try Connection(conninfo: conninfo, logger: logger)
        }
        let database = PortalDatabase(pool: pool)
        return try PortalService(
            database: database, sessions: SessionStore(database: database), files: files, logger: logger)
    }
}

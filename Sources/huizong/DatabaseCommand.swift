import ArgumentParser
import Foundation
import HuizongCore

/// `huizong db start|stop|status`: the embedded cluster.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Start, stop or inspect the embedded PostgreSQL cluster.",
        subcommands: [Start.self, Stop.self, Status.self])

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the cluster if needed and start it.")
        func run() throws {
            let cluster = EmbeddedCluster.fromEnvironment()
            try CommandContext.offline { try cluster.start() }
            print("embedded PostgreSQL running in \(cluster.home.path)")
        }
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop the cluster.")
        func run() throws {
            let cluster = EmbeddedCluster.fromEnvironment()
            try CommandContext.offline { try cluster.stop() }
            print("embedded PostgreSQL stopped (\(cluster.home.path))")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say where the cluster is and whether it runs.")
        func run() throws {
            let cluster = EmbeddedCluster.fromEnvironment()
            let running = try CommandContext.offline { try cluster.isRunning() }
            print(
                "embedded PostgreSQL in \(cluster.home.path): "
                    + (cluster.isInitialized ? (running ? "running" : "stopped") : "not created yet"))
            print("connection: \(cluster.conninfo)")
            if case .embedded = DatabaseTarget.resolve(option: nil) {
            } else {
                print("note: DATABASE_URL or PG* variables are set, so commands use that database instead")
            }
        }
    }
}

import Foundation
import Testing

/// The embedded default: with no database configured, Huizong creates and starts its own
/// cluster in $HUIZONG_HOME on demand, and the data survives between commands.
@Suite("embedded cluster") struct EmbeddedClusterTests {
    static let unset = ["DATABASE_URL", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE", "PGHOSTADDR"]

    @Test("created on demand, stopped, started again by the next command, data intact")
    func lifecycle() throws {
        let home = try HuizongBinary.temporaryDirectory().appendingPathComponent("home")
        let environment = ["HUIZONG_HOME": home.path]
        func huizong(_ arguments: String...) throws -> HuizongBinary.Result {
            try HuizongBinary.run(arguments, database: nil, environment: environment, removing: Self.unset)
        }
        defer { _ = try? huizong("db", "stop") }
        #expect(try huizong("db", "status").stdout.hasPrefix("embedded PostgreSQL in \(home.path): not created yet\n"))
        let add = try huizong("unit", "add", "401", "--name", "某局")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try huizong("db", "status").stdout.hasPrefix("embedded PostgreSQL in \(home.path): running\n"))
        #expect(try huizong("db", "stop").status == 0)
        #expect(try huizong("db", "status").stdout.hasPrefix("embedded PostgreSQL in \(home.path): stopped\n"))
        let list = try huizong("unit", "list")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == "401  某局\n")
        // Unix socket only: the server listens on no TCP port.
        let config = try String(contentsOf: home.appendingPathComponent("pgdata/postgresql.conf"), encoding: .utf8)
        #expect(config.contains("listen_addresses = ''"))
    }
}

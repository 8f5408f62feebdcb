import Foundation

/// The system's PostgreSQL server programs (`initdb`, `pg_ctl`).
struct PostgresBinaries {
    let directory: String

    /// `$HUIZONG_PG_BINDIR`, else the newest `/usr/lib/postgresql/N/bin` (Debian's layout).
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> PostgresBinaries
    {
        if let directory = environment["HUIZONG_PG_BINDIR"], !directory.isEmpty {
            return PostgresBinaries(directory: directory)
        }
        let base = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        let usable = versions.compactMap(Int.init).sorted(by: >).map { "\(base)/\($0)/bin" }
            .filter { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }
        guard let directory = usable.first else {
            throw HuizongError.cluster(.postgresNotFound(directory: base))
        }
        return PostgresBinaries(directory: directory)
    }

    func path(_ program: String) -> String { "\(directory)/\(program)" }
}

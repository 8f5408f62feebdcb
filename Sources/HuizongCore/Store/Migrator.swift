import Foundation
import Logging
import Postgres

/// Applies the numbered, forward-only migrations of `sql/migrations/` and records each
/// with the SHA-256 of its text; refuses to go on if an applied file was edited.
/// Also loads the shipped classification tables the first time.
public struct Migrator {
    let files: ProjectFiles
    let logger: Logger

    /// A migrator over the shipped files.
    public init(files: ProjectFiles, logger: Logger) {
        self.files = files
        self.logger = logger
    }

    /// Brings the schema up to date; returns the names of the migrations it applied.
    /// Safe to run again and from several processes at once (an advisory lock serialises them).
    @discardableResult
    public func migrate(_ connection: Connection) throws -> [String] {
        try connection.transaction {
            try connection.execute("select pg_advisory_xact_lock(7242001)")
            try connection.execute(
                """
                create table if not exists public.huizong_migration (
                    name text primary key,
                    checksum text not null,
                    applied_at timestamptz not null default now()
                )
                """)
            var applied: [String] = []
            for file in try files.sqlFiles(in: "sql/migrations") where try apply(file, connection) {
                applied.append(file.lastPathComponent)
            }
            try ReferenceLoader(connection: connection).loadShippedIfMissing(files: files)
            return applied
        }
    }

    private func apply(_ file: URL, _ connection: Connection) throws -> Bool {
        let name = file.lastPathComponent
        let text = try String(contentsOf: file, encoding: .utf8)
        let checksum = try connection.execute(
            "select encode(sha256(convert_to(\(text), 'UTF8')), 'hex') as sum"
        ).first?.decode(String.self, "sum")
        let recorded = try connection.execute("select checksum from public.huizong_migration where name = \(name)")
        if let previous = try recorded.first?.decode(String.self, "checksum") {
            guard previous == checksum else {
                throw HuizongError.refused(.migrationEdited(name: name, recorded: previous, now: checksum))
            }
            return false
        }
        logger.info("applying migration \(name)")
        try connection.executeScript(text)
        try connection.execute("insert into public.huizong_migration (name, checksum) values (\(name), \(checksum))")
        return true
    }
}

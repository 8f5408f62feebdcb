import Foundation

/// `manifest.json`, the first member of a backup archive: what the dump holds and how to
/// check it. Row counts and the uploads' digest are taken in the dump's own snapshot, so a
/// restore can be checked against them exactly.
public struct BackupManifest: Codable, Sendable, Equatable {
    /// The archive format this is (`huizong-backup 1`).
    public var format: String
    /// When the snapshot was taken (server time, ISO 8601).
    public var createdAt: String
    /// The server's `server_version`.
    public var serverVersion: String
    /// `pg_dump --version` of the program that wrote the dump.
    public var pgDump: String
    /// The migrations applied to the database, in order.
    public var migrations: [String]
    /// The dump member: its name, size and SHA-256.
    public var dump: Member
    /// Rows of every table, by `schema.table`.
    public var tables: [String: Int64]
    /// The raw uploads: how many, and a SHA-256 over their ids and recorded SHA-256s.
    public var uploads: Uploads

    /// A file inside the archive.
    public struct Member: Codable, Sendable, Equatable {
        public var name: String
        public var size: Int64
        public var sha256: String
    }

    /// The raw uploads of `intake.upload`.
    public struct Uploads: Codable, Sendable, Equatable {
        public var count: Int64
        public var digest: String
    }

    /// The format this version writes and reads.
    public static let currentFormat = "huizong-backup 1"
    /// The names of the archive's members, in order.
    static let manifestName = "manifest.json"
    static let dumpName = "huizong.dump"

    enum CodingKeys: String, CodingKey {
        case format, migrations, dump, tables, uploads
        case createdAt = "created_at"
        case serverVersion = "server_version"
        case pgDump = "pg_dump"
    }

    /// The manifest as written into the archive: sorted keys, indented.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

import Foundation

/// The nightly job's backups in one directory: a new file per backup, named by its UTC
/// time (`huizong-20260301T020312.481Z.hzbackup`, so names sort by age), and only the
/// newest `keep` of those kept. Other files in the directory are never touched.
public struct BackupRotation {
    public let directory: URL
    public let keep: Int
    /// The most backups a directory keeps.
    public static let maximumKeep = 10_000

    /// Backups in `directory`, keeping the newest `keep` (at least 1).
    public init(directory: URL, keep: Int) throws {
        guard (1...Self.maximumKeep).contains(keep) else {
            throw HuizongError.usage(.countOutOfRange(option: "--keep", maximum: Self.maximumKeep))
        }
        self.directory = directory
        self.keep = keep
    }

    /// The name of the next backup.
    public func nextFile(now: Date = Date()) throws -> URL {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw HuizongError.usage(.cannotCreateDirectory(path: directory.path, reason: error.localizedDescription))
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        return directory.appendingPathComponent("huizong-\(formatter.string(from: now)).hzbackup")
    }

    /// Deletes the backups beyond the newest `keep`; returns their names.
    @discardableResult
    public func removeOld() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.wholeMatch(of: /huizong-\d{8}T\d{6}\.\d{3}Z\.hzbackup/) != nil }
            .sorted(by: >)
        let old = Array(names.dropFirst(keep))
        for name in old { try FileManager.default.removeItem(at: directory.appendingPathComponent(name)) }
        return old
    }
}

import Foundation

/// Where Huizong's shipped files live: `sql/`, `pipelines/` and `samples/`.
///
/// The binary finds them wherever it is started (systemd starts it from `/`):
/// `$HUIZONG_SHARE` if set, else `../share/huizong` beside the binary (an installed
/// copy), else the nearest directory above the binary that holds `sql/migrations`
/// (a build inside the source tree).
public struct ProjectFiles: Sendable {
    /// The directory that holds `sql/`, `pipelines/` and `samples/`.
    public let root: URL

    /// Files rooted at a known directory (tests use the source tree).
    public init(root: URL) {
        self.root = root
    }

    /// Locates the shipped files for the running binary.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments[0]
    ) throws -> ProjectFiles {
        if let share = environment["HUIZONG_SHARE"], !share.isEmpty {
            return ProjectFiles(root: URL(fileURLWithPath: share))
        }
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var directory = binary.deletingLastPathComponent()
        let installed = directory.deletingLastPathComponent().appendingPathComponent("share/huizong")
        if isProjectRoot(installed) { return ProjectFiles(root: installed) }
        while directory.path != "/" {
            if isProjectRoot(directory) { return ProjectFiles(root: directory) }
            directory = directory.deletingLastPathComponent()
        }
        throw HuizongError.usage(.projectFilesNotFound)
    }

    private static func isProjectRoot(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("sql/migrations").path)
    }

    /// A file or directory below the root, e.g. `"sql/rules"`.
    public func url(_ relative: String) -> URL {
        relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : root.appendingPathComponent(relative)
    }

    /// The `.sql` files of a directory, sorted by name.
    public func sqlFiles(in relative: String) throws -> [URL] {
        let directory = url(relative)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The text of a file below the root.
    public func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }
}

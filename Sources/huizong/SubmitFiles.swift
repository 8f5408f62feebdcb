import Foundation
import HuizongCore

/// The files `huizong submit` reads: each argument a regular file, or a directory whose
/// `.csv` and `.xlsx` files are taken in name order. Anything else (a device such as
/// `/dev/zero`, a missing path, a file over the size limit) is refused before any is sent.
enum SubmitFiles {
    /// The largest file intake reads, as the portal's default upload limit.
    static let maximumBytes = 32 << 20

    /// The files named by `arguments`, directories expanded.
    static func expand(_ arguments: [String]) throws -> [String] {
        var files: [String] = []
        var unreadable: [String] = []
        for path in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                unreadable.append(path)
                continue
            }
            if isDirectory.boolValue {
                files += try directory(path)
            } else {
                try checkRegular(path)
                files.append(path)
            }
        }
        guard unreadable.isEmpty else { throw HuizongError.usage(.cannotReadFiles(paths: unreadable)) }
        return files
    }

    private static func directory(_ path: String) throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let url = URL(fileURLWithPath: path)
        return try names.filter { $0.lowercased().hasSuffix(".csv") || $0.lowercased().hasSuffix(".xlsx") }.sorted()
            .map { url.appendingPathComponent($0).path }.filter { file in
                try checkRegular(file)
                return true
            }
    }

    private static func checkRegular(_ path: String) throws {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular, FileManager.default.isReadableFile(atPath: path)
        else {
            throw HuizongError.usage(.notARegularFile(path: path))
        }
        if let size = attributes?[.size] as? Int, size > maximumBytes {
            throw HuizongError.usage(.fileTooLarge(path: path, maximumBytes: maximumBytes))
        }
    }
}

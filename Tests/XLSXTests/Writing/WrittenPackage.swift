import Foundation
import XLSX
import ZIPFoundation

/// A written workbook opened again as a zip, for looking at its parts' XML text.
struct WrittenPackage {
    let bytes: [UInt8]
    let archive: Archive

    init(_ workbook: Workbook) throws {
        bytes = try workbook.bytes()
        archive = try Archive(data: Data(bytes), accessMode: .read)
    }

    /// Entry paths in zip order.
    var paths: [String] { archive.map(\.path) }

    /// The text of the part at `path`; empty if missing.
    func part(_ path: String) throws -> String {
        guard let entry = archive[path] else { return "" }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes the bytes to a fresh temporary directory and returns the file's URL.
    func save(named name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "xlsx-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }
}

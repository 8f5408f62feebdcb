import Foundation
import ZIPFoundation

/// Zips the parts in memory, deflated, in the given order, every entry dated 1980-01-01 00:00 — the earliest date
/// a zip can hold — so that the archive depends on nothing but the parts.
enum PackageArchive {
    /// 1980-01-01 00:00:00 UTC; ZIPFoundation converts with `gmtime`, so no time zone changes the bytes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The zip's bytes.
    static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return [UInt8](data)
    }
}

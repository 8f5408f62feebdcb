import Foundation
import ZIPFoundation

/// The workbook's zip archive, read within the limits: each part is decompressed in chunks and counted.
final class PartArchive {
    let limits: WorkbookLimits
    private let archive: Archive
    /// Entries by normalized path: part names compare case-insensitively in OPC.
    private var entries: [String: Entry] = [:]
    /// Part paths in archive order, as stored.
    private(set) var paths: [String] = []
    private var totalBytes = 0

    /// Decompression buffer size; larger chunks cost memory, smaller ones time.
    static let chunkSize = 64 << 10

    init(bytes: [UInt8], limits: WorkbookLimits) throws {
        try Self.checkSignature(bytes)
        guard bytes.count <= limits.maxArchiveBytes else {
            throw WorkbookError(.fileTooLarge(limit: limits.maxArchiveBytes, size: bytes.count))
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw WorkbookError(.damagedZip)
        }
        self.limits = limits
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            guard entries[key] == nil else { continue }
            entries[key] = entry
            paths.append(entry.path)
        }
    }

    /// Refuses anything that is not a zip, naming the OLE files that encrypted workbooks and old `.xls` are.
    private static func checkSignature(_ bytes: [UInt8]) throws {
        if bytes.starts(with: [0x50, 0x4B]) { return }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw WorkbookError(.oleFile)
        }
        guard !bytes.isEmpty else { throw WorkbookError(.emptyFile) }
        throw WorkbookError(.notAZip(start: bytes.prefix(4).map { "0x" + hex($0) }.joined(separator: " ")))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    private static func key(_ path: String) -> String {
        path.replacingOccurrences(of: "\\", with: "/").lowercased()
    }

    func contains(_ path: String) -> Bool {
        entries[Self.key(path)] != nil
    }

    /// Feeds the part's decompressed bytes to `consume` chunk by chunk, within the size limits.
    func read(_ path: String, _ consume: (Data) throws -> Void) throws {
        guard let entry = entries[Self.key(path)] else {
            throw WorkbookError(.missingPart(part: path))
        }
        let declared = entry.uncompressedSize
        guard declared <= limits.maxPartBytes else {
            throw WorkbookError(.partTooLarge(part: path, limit: limits.maxPartBytes, declared: Int(declared)))
        }
        var count = 0
        let checksum = try extracting(path) {
            try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: false) { data in
                count += data.count
                try self.count(data.count, partBytes: count, declared: Int(declared), path: path)
                try consume(data)
            }
        }
        guard count == declared, checksum == entry.checksum else {
            throw WorkbookError(
                .checksumMismatch(
                    part: path, declaredSize: Int(declared), declaredChecksum: Int(entry.checksum), size: count,
                    checksum: Int(checksum)))
        }
    }

    /// Counts decompressed bytes against the declared size and the limits, as they arrive.
    private func count(_ chunk: Int, partBytes: Int, declared: Int, path: String) throws {
        totalBytes += chunk
        if partBytes > declared {
            throw WorkbookError(.largerThanDeclared(part: path, declared: declared, size: partBytes))
        }
        if partBytes > limits.maxPartBytes {
            throw WorkbookError(.partTooLargeInflated(part: path, limit: limits.maxPartBytes))
        }
        if totalBytes > limits.maxTotalBytes {
            throw WorkbookError(.workbookTooLarge(part: path, limit: limits.maxTotalBytes))
        }
    }

    /// Runs `extract`, turning the zip library's own errors into a WorkbookError; ours and the caller's pass.
    private func extracting(_ path: String, _ extract: () throws -> CRC32) throws -> CRC32 {
        do {
            return try extract()
        } catch let error as WorkbookError {
            throw error
        } catch let error as BodyFailure {
            throw error
        } catch {
            throw WorkbookError(.damagedData(part: path, detail: "\(error)"))
        }
    }

    /// Tokenizes the part as it decompresses, handing each token to `handle`.
    func stream(_ path: String, _ handle: (inout XMLTokenizer, XMLToken) throws -> Void) throws {
        var tokenizer = XMLTokenizer(part: path)
        try read(path) { data in
            tokenizer.feed(data)
            while let token = try tokenizer.next() { try handle(&tokenizer, token) }
        }
        tokenizer.finish()
        while let token = try tokenizer.next() { try handle(&tokenizer, token) }
    }
}

/// An error thrown by the caller's row handler, carried through the zip library untouched.
struct BodyFailure: Error {
    let error: any Error
}

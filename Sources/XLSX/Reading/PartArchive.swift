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
            throw WorkbookError(
                .archiveTooLarge, expected: "a file of at most \(limits.maxArchiveBytes) bytes",
                found: "\(bytes.count) bytes")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw WorkbookError(
                .corruptArchive, expected: "a readable zip directory", found: "a damaged or truncated zip archive")
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
            throw WorkbookError(
                .encrypted, expected: "an XLSX workbook (a zip archive)",
                found: "an OLE compound file: an encrypted workbook or an old .xls"
                    + " — save it as .xlsx without a password")
        }
        let found =
            bytes.isEmpty
            ? "an empty file"
            : "bytes starting " + bytes.prefix(4).map { "0x" + hex($0) }.joined(separator: " ")
        throw WorkbookError(.notAZip, expected: "a zip archive (starting with PK)", found: found)
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
            throw WorkbookError(.missingPart, part: path, expected: "the part \(path) in the archive", found: "none")
        }
        let declared = entry.uncompressedSize
        guard declared <= limits.maxPartBytes else {
            throw WorkbookError(
                .partTooLarge, part: path, expected: "at most \(limits.maxPartBytes) bytes uncompressed",
                found: "\(declared) bytes declared in the zip directory")
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
                .corruptArchive, part: path, expected: "\(declared) bytes with CRC-32 \(entry.checksum)",
                found: "\(count) bytes with CRC-32 \(checksum)")
        }
    }

    /// Counts decompressed bytes against the declared size and the limits, as they arrive.
    private func count(_ chunk: Int, partBytes: Int, declared: Int, path: String) throws {
        totalBytes += chunk
        if partBytes > declared {
            throw WorkbookError(
                .corruptArchive, part: path, expected: "at most the \(declared) bytes the zip directory declares",
                found: "at least \(partBytes) bytes when decompressed")
        }
        if partBytes > limits.maxPartBytes {
            throw WorkbookError(
                .partTooLarge, part: path, expected: "at most \(limits.maxPartBytes) bytes uncompressed",
                found: "more when decompressed")
        }
        if totalBytes > limits.maxTotalBytes {
            throw WorkbookError(
                .workbookTooLarge, part: path,
                expected: "at most \(limits.maxTotalBytes) bytes decompressed over all parts read",
                found: "more on reaching this part")
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
            throw WorkbookError(
                .corruptArchive, part: path, expected: "compressed data that decompresses",
                found: "damaged data (\(error))")
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

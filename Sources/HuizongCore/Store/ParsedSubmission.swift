import Postgres

/// One file read and parsed, its lines already in COPY text but not yet tied to a
/// submission: parsing needs no database, so it runs on any thread, ahead of the batch
/// that stores it (`BatchIntake`).
public struct ParsedSubmission: Sendable {
    /// The file name, as findings name it (NUL replaced: PostgreSQL text cannot hold it).
    public var fileName: String
    /// The raw bytes, stored as they came.
    public var data: [UInt8]
    /// What parsing found.
    public var report: ParseReport
    /// The parsed lines in COPY text, each without its leading submission id and tab.
    var rows: [UInt8] = []
    /// Where each row of `rows` ends (just past its newline).
    var rowEnds: [Int] = []

    /// Parses `data`. The lines of an unreadable file are dropped, as they must not be kept.
    public init(fileName: String, data: [UInt8]) throws {
        self.fileName = Self.storable(fileName)
        self.data = data
        var rows: [UInt8] = []
        var rowEnds: [Int] = []
        report = try SubmissionParser(fileName: self.fileName).parseFile(data) { line in
            CopyText.appendRow(LineCopy.fields(line: line), to: &rows)
            rowEnds.append(rows.count)
        }
        if !report.unreadable {
            self.rows = rows
            self.rowEnds = rowEnds
        }
    }

    /// PostgreSQL text cannot hold NUL; a name the portal received with one keeps the rest.
    static func storable(_ fileName: String) -> String {
        fileName.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
    }

    /// Writes the rows into a running COPY of `LineCopy.copySQL`, each led by `submissionId`.
    func write(submissionId: Int64, to writer: CopyWriter, buffer: inout [UInt8]) throws {
        let prefix = Array("\(submissionId)\t".utf8)
        var start = 0
        for end in rowEnds {
            buffer.append(contentsOf: prefix)
            buffer.append(contentsOf: rows[start..<end])
            start = end
            if buffer.count >= 256 * 1024 {
                try writer.writeRaw(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }
}

/// Reads a submission CSV (or, through `parseFile`, a workbook): decoding, CSV syntax, header, cell types and enumerations.
///
/// Checks that need other rows or reference tables (codes exist, duplicates, balance, …) are not
/// made here; they run later in SQL over the lines this parser hands on.
public struct SubmissionParser: Sendable {
    /// The file name, as findings name it.
    public let fileName: String

    /// A parser of the file called `fileName`.
    public init(fileName: String) {
        self.fileName = fileName
    }

    /// Decodes and parses `data`, handing each well-formed record to `onLine` as soon as it is parsed
    /// (so callers can stream rows to COPY).
    ///
    /// A record with any error finding is not handed on. Every problem is reported, except that an
    /// undecodable file, a broken header or a file that is clearly not a submission
    /// (`ParseReport.isHopeless`) stops parsing. Throws only what `onLine` throws.
    public func parse(_ data: [UInt8], onLine: (SubmissionLine) throws -> Void) rethrows -> ParseReport {
        var report = ParseReport()
        guard let text = DecodedSubmission(data) else {
            report.add(Finding(.encoding, file: fileName, line: nil, column: nil, args: neither(data)))
            return report
        }
        report.encoding = text.encoding
        var reader = CSVRecordReader(bytes: text.bytes, start: text.start)
        guard let first = reader.next() else {
            report.add(Finding(.headerEmptyFile, file: fileName, line: nil, column: nil))
            return report
        }
        let (header, headerFindings) = SubmissionHeader.read(first, file: fileName)
        report.add(headerFindings)
        guard let header else { return report }
        let checker = SubmissionRecordChecker(file: fileName, header: header)
        while let record = reader.next() {
            report.records += 1
            let (line, findings) = checker.check(record)
            report.add(findings)
            if report.isHopeless {
                report.stop(at: record.line, file: fileName)
                break
            }
            guard let line else { continue }
            report.note(line)
            try onLine(line)
        }
        return report
    }

    /// Parses a CSV file or, when `data` is a workbook, its 填报 sheet (see `WorkbookSubmission`).
    public func parseFile(_ data: [UInt8], onLine: (SubmissionLine) throws -> Void) throws -> ParseReport {
        guard WorkbookSubmission.isWorkbook(data, fileName: fileName) else { return try parse(data, onLine: onLine) }
        return try WorkbookSubmission(fileName: fileName).parse(data, onLine: onLine)
    }

    /// Points at the first byte that is not UTF-8, which helps when one pasted cell is the culprit.
    private func neither(_ data: [UInt8]) -> FindingArgs {
        guard let (offset, line) = DecodedSubmission.firstInvalidUTF8(in: data) else { return [:] }
        return ["byte": .text("0x" + String(data[offset], radix: 16, uppercase: true)), "line": .number(Int64(line))]
    }
}

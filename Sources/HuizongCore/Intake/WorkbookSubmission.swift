import XLSX

/// Reads a submission uploaded as an XLSX workbook: the sheet named 填报, else the first
/// sheet, whose first non-empty row is the header. Cells become the same records a CSV
/// file gives, so the same checks apply and the same findings come out, located by cell.
struct WorkbookSubmission {
    /// The sheet the template writes and the reader looks for first.
    static let sheetName = "填报"
    let fileName: String
    var limits = WorkbookLimits.default

    /// Whether `data` is to be read as a workbook: a zip or an OLE file (an encrypted
    /// workbook or an old .xls), or a file named as a workbook.
    static func isWorkbook(_ data: [UInt8], fileName: String) -> Bool {
        let name = fileName.lowercased()
        return data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
            || name.hasSuffix(".xlsx") || name.hasSuffix(".xlsm") || name.hasSuffix(".xls")
    }

    /// Parses the workbook, handing each well-formed record to `onLine`; a workbook that
    /// cannot be read is one finding.
    func parse(_ data: [UInt8], onLine: (SubmissionLine) throws -> Void) throws -> ParseReport {
        var report = ParseReport()
        do {
            let workbook = try WorkbookReader(bytes: data, limits: limits)
            let sheet = workbook.sheetNames.contains(Self.sheetName) ? Self.sheetName : workbook.sheetNames.first
            guard let sheet else {
                report.add(Finding(.xlsxNoSheets, file: fileName, line: nil, column: nil))
                return report
            }
            report.encoding = .xlsx
            var rows = SheetRecords(fileName: fileName, sheet: sheet)
            try workbook.forEachRow(inSheet: sheet) { row in
                try rows.take(row, into: &report, onLine: onLine)
            }
            if rows.checker == nil, report.findings.isEmpty {
                report.add(
                    Finding(.xlsxEmptySheet, file: fileName, line: nil, column: nil, args: ["sheet": .text(sheet)]))
            }
        } catch let error as WorkbookError {
            // The file is refused as a whole: what its rows said before the error is moot.
            report = ParseReport(records: report.records, findings: [Self.finding(error, fileName: fileName)])
            report.unreadable = true
        }
        return report
    }

    /// The one finding of a workbook that cannot be read: the message `xlsx.<problem>` of
    /// the reader's problem, its values the arguments (numbers as numbers), at its cell.
    static func finding(_ error: WorkbookError, fileName: String) -> Finding {
        let args = error.problem.values.mapValues(argument)
        if let message = IntakeMessage(rawValue: "xlsx.\(error.problem.code)") {
            return Finding(message, file: fileName, line: nil, column: nil, args: args, cell: error.cell)
        }
        // A problem without its message (a test guards against it) still keeps its code.
        return Finding(
            code: "xlsx", severity: .error, file: fileName, line: nil, column: nil,
            args: args.merging(["problem": .text(error.problem.code)]) { first, _ in first }, cell: error.cell)
    }

    /// A problem's value as a finding's argument.
    private static func argument(_ value: WorkbookError.Value) -> FindingValue {
        switch value {
        case .number(let number): .number(Int64(number))
        case .text(let text): .text(text)
        }
    }
}

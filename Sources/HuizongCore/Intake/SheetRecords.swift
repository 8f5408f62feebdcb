import XLSX

/// Turns a sheet's rows into records: the first non-empty row is the header, each later
/// non-empty row one record with a field per header column.
struct SheetRecords {
    let fileName: String
    let sheet: String
    private(set) var checker: SubmissionRecordChecker?
    private(set) var layout: SheetLayout?
    /// Whether the header row has been read (well or not); after a broken header, like
    /// CSV, no record is read.
    private(set) var headerSeen = false

    init(fileName: String, sheet: String) {
        self.fileName = fileName
        self.sheet = sheet
    }

    /// Reads one row: the header, or a record checked and handed to `onLine` when well-formed.
    mutating func take(_ row: SheetRow, into report: inout ParseReport, onLine: (SubmissionLine) throws -> Void)
        throws
    {
        let cells = row.cells.filter { $0.value != .empty || $0.formula != nil }
        guard !cells.isEmpty else { return }
        guard let checker, let layout else {
            if !headerSeen { readHeader(row.number, cells, into: &report) }
            return
        }
        report.records += 1
        let (record, problems) = self.record(row.number, cells, width: checker.header.columns.count)
        guard problems.isEmpty else {
            report.add(problems)
            return
        }
        let (line, findings) = checker.check(record)
        report.add(findings.map { located($0, layout) })
        guard let line else { return }
        report.note(line)
        try onLine(line)
    }

    private mutating func readHeader(_ number: Int, _ cells: [SheetCell], into report: inout ParseReport) {
        headerSeen = true
        let width = cells.map(\.reference.column).max() ?? 0
        let (record, problems) = self.record(number, cells, width: width)
        guard problems.isEmpty else {
            report.add(problems)
            return
        }
        let (header, findings) = SubmissionHeader.read(record, file: fileName)
        report.add(
            findings.map { finding in
                var finding = finding
                finding.cell = "\(sheet)!\(number):\(number)"
                return finding
            })
        guard let header else { return }
        checker = SubmissionRecordChecker(file: fileName, header: header)
        layout = SheetLayout(sheet: sheet, header: header)
        report.layout = layout
    }

    /// The record of a row's cells, one field per column up to `width`; cells that cannot
    /// be read as a value, or lie right of the header, are findings instead.
    private func record(_ number: Int, _ cells: [SheetCell], width: Int) -> (CSVRawRecord, [Finding]) {
        var record = CSVRawRecord(line: number)
        record.fields = Array(repeating: CSVRawField(text: "", quoted: false), count: width)
        var problems: [Finding] = []
        for cell in cells {
            let place = "\(sheet)!\(cell.reference)"
            guard cell.reference.column <= width else {
                problems.append(problem(number, place, .cellBeyondHeader, ["found": .text(Self.shown(cell))]))
                continue
            }
            switch Self.field(cell) {
            case .success(let field): record.fields[cell.reference.column - 1] = field
            case .failure(let reason): problems.append(problem(number, place, reason.message, reason.args))
            }
        }
        return (record, problems)
    }

    private func problem(_ number: Int, _ place: String, _ message: IntakeMessage, _ args: FindingArgs) -> Finding {
        Finding(message, file: fileName, line: number, column: nil, args: args, cell: place)
    }

    private func located(_ finding: Finding, _ layout: SheetLayout) -> Finding {
        var finding = finding
        finding.cell = layout.cell(line: finding.line, column: finding.column)
        return finding
    }

    /// Why a cell has no usable value: an error value, or a formula saved without its result.
    private struct Unreadable: Error {
        var message: IntakeMessage
        var args: FindingArgs
    }

    /// The field a cell gives: numbers by their stored digits, text as written.
    private static func field(_ cell: SheetCell) -> Result<CSVRawField, Unreadable> {
        switch cell.value {
        case .number(let stored):
            return .success(CSVRawField(text: ExcelNumber.plainDecimal(stored) ?? stored, quoted: false))
        case .text(let text), .date(let text):
            return .success(CSVRawField(text: text, quoted: true, verbatim: true))
        case .boolean(let value):
            return .success(CSVRawField(text: value ? "TRUE" : "FALSE", quoted: false))
        case .error(let code):
            var args: FindingArgs = ["value": .text(code)]
            if let formula = cell.formula { args["formula"] = .text(formula) }
            return .failure(Unreadable(message: .cellErrorValue, args: args))
        case .empty:
            return .failure(Unreadable(message: .cellNoResult, args: ["formula": .text(cell.formula ?? "")]))
        }
    }

    private static func shown(_ cell: SheetCell) -> String {
        switch field(cell) {
        case .success(let field): return field.text
        case .failure(let reason): return reason.args["value"]?.description ?? ""
        }
    }
}

import Foundation
import XLSX

/// The office's indicator rows as read from a workbook (sheet 自评表, else the first) or a
/// CSV file (UTF-8 or GB18030): the first non-empty row is the header, by the columns'
/// Chinese or English names (`IndicatorColumn`); every later non-empty row is a row of the
/// 自评表. What cannot be read is a finding located like a submission's.
struct IndicatorFile {
    /// The sheet the template writes and the reader looks for first.
    static let sheetName = "自评表"

    /// One row of the file: its line (CSV) or sheet row, and its non-empty cells, trimmed.
    struct Row {
        var line: Int
        var cells: [IndicatorColumn: String]

        subscript(column: IndicatorColumn) -> String? { cells[column] }
    }

    let fileName: String
    /// The sheet read; nil for a CSV file.
    private(set) var sheet: String?
    /// Each column's 1-based position, from the header.
    private(set) var positions: [IndicatorColumn: Int] = [:]
    private(set) var rows: [Row] = []
    private(set) var findings: [Finding] = []
    private var sawHeader = false

    /// Reads `data`, a workbook when it looks like one.
    init(data: [UInt8], fileName: String) {
        self.fileName = fileName
        if WorkbookSubmission.isWorkbook(data, fileName: fileName) {
            readWorkbook(data)
        } else {
            readCSV(data)
        }
        if findings.isEmpty, !sawHeader {
            findings.append(finding(.indicatorHeader, line: nil, column: nil, args: headerArgs(.level1)))
        } else if findings.isEmpty, rows.isEmpty {
            findings.append(finding(.indicatorNoRows, line: nil, column: nil))
        }
    }

    /// A finding of `message` at `column` of the row on `line` (its cell in a workbook).
    func finding(
        _ message: IntakeMessage, line: Int?, column: IndicatorColumn?, args: FindingArgs = [:]
    ) -> Finding {
        var cell: String?
        if let sheet, let line {
            cell =
                column.flatMap { positions[$0] }.map { "\(sheet)!\(CellReference(row: line, column: $0))" }
                ?? "\(sheet)!\(line):\(line)"
        }
        var finding = Finding(
            message, file: fileName, line: sheet == nil ? line : nil, column: column?.rawValue, args: args, cell: cell)
        if message.isIndicatorWarning { finding.severity = .warning }
        return finding
    }

    private func headerArgs(_ missing: IndicatorColumn) -> FindingArgs {
        ["columns": .list(IndicatorColumn.allCases.map(\.chineseName)), "header": .text(missing.chineseName)]
    }

    private mutating func readWorkbook(_ data: [UInt8]) {
        do {
            let workbook = try WorkbookReader(bytes: data)
            guard let name = workbook.sheetNames.contains(Self.sheetName) ? Self.sheetName : workbook.sheetNames.first
            else {
                findings.append(Finding(.xlsxNoSheets, file: fileName, line: nil, column: nil))
                return
            }
            sheet = name
            try workbook.forEachRow(inSheet: name) { row in
                var fields: [(position: Int, text: String)] = []
                for cell in row.cells {
                    switch cell.value {
                    case .empty: continue
                    case .text(let text), .number(let text), .date(let text):
                        fields.append((cell.reference.column, text))
                    case .boolean(let value): fields.append((cell.reference.column, value ? "TRUE" : "FALSE"))
                    case .error(let value):
                        var args: FindingArgs = ["value": .text(value)]
                        if let formula = cell.formula { args["formula"] = .text(formula) }
                        findings.append(
                            Finding(
                                .cellErrorValue, file: fileName, line: nil, column: nil, args: args,
                                cell: "\(name)!\(cell.reference)"))
                    }
                }
                take(line: row.number, fields)
            }
        } catch let error as WorkbookError {
            findings = [WorkbookSubmission.finding(error, fileName: fileName)]
        } catch {
            findings = [Finding(.xlsxDamagedZip, file: fileName, line: nil, column: nil)]
        }
    }

    private mutating func readCSV(_ data: [UInt8]) {
        guard let decoded = DecodedSubmission(data) else {
            findings.append(Finding(.encoding, file: fileName, line: nil, column: nil))
            return
        }
        var reader = CSVRecordReader(bytes: decoded.bytes, start: decoded.start)
        while let record = reader.next() {
            for problem in record.problems {
                findings.append(
                    Finding(problem.message, file: fileName, line: record.line, column: nil, args: problem.args))
            }
            take(line: record.line, record.fields.enumerated().map { ($0.offset + 1, $0.element.text) })
        }
    }

    /// The header (the first row with a value), else a row of the table.
    private mutating func take(line: Int, _ fields: [(position: Int, text: String)]) {
        let fields = fields.map { ($0.position, $0.text.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.1.isEmpty }
        guard !fields.isEmpty else { return }
        if !sawHeader {
            sawHeader = true
            header(line: line, fields)
            return
        }
        var cells: [IndicatorColumn: String] = [:]
        for (position, text) in fields {
            if let column = positions.first(where: { $0.value == position })?.key { cells[column] = text }
        }
        if !cells.isEmpty { rows.append(Row(line: line, cells: cells)) }
    }

    private mutating func header(line: Int, _ fields: [(Int, String)]) {
        for (position, text) in fields {
            if let column = IndicatorColumn.named(text), positions[column] == nil { positions[column] = position }
        }
        for column in IndicatorColumn.allCases where positions[column] == nil {
            var finding = finding(.indicatorHeader, line: line, column: nil, args: headerArgs(column))
            if sheet != nil { finding.line = nil }
            findings.append(finding)
        }
    }
}

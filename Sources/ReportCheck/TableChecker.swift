import Foundation

/// Relations in a document's tables: a classification code's row against its sub-codes' rows
/// (`201` = `20101` + `20103` …), and a 合计 row against the top-level codes, in every numeric column.
enum TableChecker {
    static func findings(_ document: ReportDocument) -> [CheckFinding] {
        let rows = document.paragraphs.filter { $0.cells != nil }
        let tables = Dictionary(grouping: rows) { $0.table ?? 0 }
        return tables.keys.sorted().flatMap { findings(table: tables[$0] ?? []) }
    }

    /// A row with a code in its first cell (`201`, `20101 一般公共服务`), or a 合计 row.
    struct CodedRow {
        let paragraph: ReportParagraph
        let code: String?
        let isTotal: Bool
        let numbers: [Int: PrintedFigure]
    }

    static func findings(table: [ReportParagraph]) -> [CheckFinding] {
        let rows = table.map(coded)
        var findings: [CheckFinding] = []
        for parent in rows {
            let children: [CodedRow]
            if let code = parent.code {
                children = rows.filter { $0.code.map { $0.count == code.count + 2 && $0.hasPrefix(code) } ?? false }
            } else if parent.isTotal, let shortest = rows.compactMap({ $0.code?.count }).min() {
                // Without coded rows a 合计 has no parts this checker can name (其中 rows, subtotals).
                children = rows.filter { $0.code?.count == shortest }
            } else {
                continue
            }
            guard !children.isEmpty else { continue }
            findings += compare(parent, children)
        }
        return findings
    }

    private static func compare(_ parent: CodedRow, _ children: [CodedRow]) -> [CheckFinding] {
        parent.numbers.keys.sorted().compactMap { column in
            guard let total = parent.numbers[column] else { return nil }
            let parts = children.map { $0.numbers[column] ?? zero }
            let sentence = Sentence(
                paragraph: parent.paragraph.number, text: Array(parent.paragraph.text),
                range: 0..<parent.paragraph.text.count, figures: [total])
            return SumJudge.finding(SumRelation(total: total, parts: parts, exhaustive: true, sentence: sentence))
        }
    }

    private static let zero = PrintedFigure(
        value: 0, scale: 0, unit: .money(yuan: 1), number: "0", range: 0..<0, label: "", inBrackets: false)

    private static func coded(_ row: ReportParagraph) -> CodedRow {
        let cells = row.cells ?? []
        let first = cells.first?.trimmingCharacters(in: .whitespaces) ?? ""
        let code = first.firstMatch(of: /^(\d{3}|\d{5}|\d{7})(?!\d)/).map { String($0.1) }
        let isTotal = ["合计", "总计"].contains { first.replacingOccurrences(of: " ", with: "").hasPrefix($0) }
        var numbers: [Int: PrintedFigure] = [:]
        var offset = 0
        for (column, cell) in cells.enumerated() {
            if column > 0 || code == nil, let figure = number(cell, offset: offset) { numbers[column] = figure }
            offset += cell.count + 1
        }
        if code != nil { numbers[0] = nil }
        return CodedRow(paragraph: row, code: code, isTotal: isTotal, numbers: numbers)
    }

    /// A cell holding just a number (`1,234.56`): money in the table's unit, rounded as printed.
    static func number(_ cell: String, offset: Int) -> PrintedFigure? {
        let text = String(TextNormalizer.normalize(cell.trimmingCharacters(in: .whitespaces)))
            .replacingOccurrences(of: ",", with: "")
        guard text.wholeMatch(of: /-?\d+(\.\d+)?/) != nil, let value = Decimal(string: text) else { return nil }
        let scale = text.split(separator: ".").dropFirst().first?.count ?? 0
        return PrintedFigure(
            value: value, scale: scale, unit: .money(yuan: 1), number: text, range: offset..<(offset + cell.count),
            label: "", inBrackets: false)
    }
}

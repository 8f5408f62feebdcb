import Foundation
@testable import HuizongCore
import Testing
import XLSX

/// Fills a template as an accountant would: keeps the prefilled rows that still apply and
/// types this year's figures into them, deletes rows that no longer apply, and adds new
/// lines below (in English, which the format also takes).
struct TemplateFiller {
    let template: URL

    func fill(with lines: [SubmissionLine], writingTo url: URL) throws {
        let sheet = try WorkbookSheet(template, sheet: "填报")
        let columns = try (1...SubmissionColumn.allCases.count).map { index in
            try #require(
                sheet.text(CellReference(row: 1, column: index).description).flatMap(SubmissionColumn.init(named:)))
        }
        var out = Worksheet(name: "填报")
        for (index, column) in columns.enumerated() {
            out.set(CellReference(row: 1, column: index + 1), .text(column.chineseName))
        }
        var remaining = lines
        var row = 2
        for templateRow in sheet.rows.dropFirst() {
            let texts = Dictionary(
                uniqueKeysWithValues: columns.enumerated().compactMap { index, column in
                    sheet.text(CellReference(row: templateRow, column: index + 1).description).map { (column, $0) }
                })
            guard let match = remaining.firstIndex(where: { Self.identity(of: $0) == Self.identity(of: texts) }) else {
                continue
            }
            let line = remaining.remove(at: match)
            for (column, text) in texts where column != .text {
                out.set(CellReference(row: row, column: columns.firstIndex(of: column)! + 1), .text(text))
            }
            write(line, figuresOnly: true, row: row, columns: columns, into: &out)
            row += 1
        }
        for line in remaining {
            write(line, figuresOnly: false, row: row, columns: columns, into: &out)
            row += 1
        }
        try Data(try Workbook(sheets: [out]).bytes()).write(to: url)
    }

    private func write(
        _ line: SubmissionLine, figuresOnly: Bool, row: Int, columns: [SubmissionColumn], into sheet: inout Worksheet
    ) {
        var cells: [SubmissionColumn: CellContent] = [:]
        if !figuresOnly {
            cells[.section] = .text(line.section.rawValue)
            cells[.item] = line.item.map { .text($0) }
            cells[.kind] = line.kind.map { .text($0.rawValue) }
            cells[.project] = line.project.map { .text($0) }
            cells[.projectType] = line.projectType.map { .text($0.rawValue) }
            cells[.funcCode] = line.funcCode.map { .text($0) }
            cells[.econCode] = line.econCode.map { .text($0) }
        }
        cells[.text] = line.text.map { .text($0) }
        cells[.budgetInitial] = line.budgetInitial.map { .number($0.description) }
        cells[.budgetFinal] = line.budgetFinal.map { .number($0.description) }
        let counts = line.section.countsInActual(item: line.item)
        cells[.actual] = line.actual.map { .number(counts ? String($0.value / 100) : $0.description) }
        for (column, content) in cells {
            sheet.set(CellReference(row: row, column: columns.firstIndex(of: column)! + 1), content)
        }
    }

    /// What identifies a line: (section, item) outside expenditure; the expenditure key; a
    /// transfer's receiving unit.
    private static func identity(of line: SubmissionLine) -> [String?] {
        [
            line.section.rawValue, line.item, line.kind?.rawValue, line.project, line.funcCode, line.econCode,
            line.section == .transfer ? line.text : nil,
        ]
    }

    private static func identity(of texts: [SubmissionColumn: String]) -> [String?] {
        let section = texts[.section].flatMap(Section.init(named:))
        return [
            section?.rawValue, texts[.item].flatMap { section?.itemNamed($0) },
            texts[.kind].flatMap(ExpenditureKind.init(named:))?.rawValue, texts[.project], texts[.funcCode],
            texts[.econCode], section == .transfer ? texts[.text] : nil,
        ]
    }
}

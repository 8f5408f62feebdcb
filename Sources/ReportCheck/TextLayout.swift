import Foundation
import XLSX

/// Lays out read text as paragraphs: a text file's lines (numbered as lines), a DOCX's paragraphs and table rows.
enum TextLayout {
    /// One paragraph a line; a Markdown table's rows (`| a | b |`) are table rows, its `|---|` line dropped.
    static func document(lines: [String]) -> ReportDocument {
        var paragraphs: [ReportParagraph] = []
        var table = -1
        var inTable = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|"), trimmed.count > 1 else {
                inTable = false
                paragraphs.append(ReportParagraph(number: index + 1, text: line))
                continue
            }
            if !inTable { table += 1 }
            inTable = true
            let cells = markdownCells(trimmed)
            if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
            paragraphs.append(
                ReportParagraph(number: index + 1, text: cells.joined(separator: "\t"), cells: cells, table: table))
        }
        return ReportDocument(paragraphs: paragraphs)
    }

    private static func markdownCells(_ line: String) -> [String] {
        var inner = Substring(line.dropFirst())
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// The DOCX's paragraphs, then each table row as one paragraph, numbered in reading order.
    static func document(_ word: WordDocument) -> ReportDocument {
        var paragraphs: [ReportParagraph] = []
        var table = 0
        for block in word.blocks {
            switch block {
            case .paragraph(let text):
                paragraphs.append(ReportParagraph(number: paragraphs.count + 1, text: text))
            case .table(let rows):
                for cells in rows {
                    paragraphs.append(
                        ReportParagraph(
                            number: paragraphs.count + 1, text: cells.joined(separator: "\t"), cells: cells,
                            table: table))
                }
                table += 1
            }
        }
        return ReportDocument(paragraphs: paragraphs)
    }
}

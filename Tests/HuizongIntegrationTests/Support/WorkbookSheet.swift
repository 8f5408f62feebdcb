import Foundation
import Testing
import XLSX

/// A sheet read whole with the project's reader, for tests to look cells up by reference.
struct WorkbookSheet {
    let name: String
    /// Every non-empty cell by its A1 reference.
    private(set) var cells: [String: SheetCell] = [:]
    /// Row numbers in order.
    private(set) var rows: [Int] = []

    /// Reads sheet `name` (default: the first) of the workbook at `url`.
    init(_ url: URL, sheet name: String? = nil) throws {
        let reader = try WorkbookReader(bytes: Array(try Data(contentsOf: url)))
        let sheet = try #require(name ?? reader.sheetNames.first)
        self.name = sheet
        var cells: [String: SheetCell] = [:]
        var rows: [Int] = []
        try reader.forEachRow(inSheet: sheet) { row in
            rows.append(row.number)
            for cell in row.cells where cell.value != .empty { cells[cell.reference.description] = cell }
        }
        self.cells = cells
        self.rows = rows
    }

    /// The sheet names of the workbook at `url`.
    static func names(_ url: URL) throws -> [String] {
        try WorkbookReader(bytes: Array(try Data(contentsOf: url))).sheetNames
    }

    /// The text of a text cell, nil when empty or not text.
    func text(_ reference: String) -> String? {
        if case .text(let text) = cells[reference]?.value { return text }
        return nil
    }

    /// The stored digits of a number cell, nil when empty or not a number.
    func number(_ reference: String) -> String? {
        if case .number(let number) = cells[reference]?.value { return number }
        return nil
    }

    /// The row whose column A holds exactly `label`.
    func row(labelled label: String) -> Int? {
        rows.first { text("A\($0)") == label }
    }
}

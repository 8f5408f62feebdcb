/// Checks that catch what Excel would refuse or "repair", before any byte is written.
extension Worksheet {
    /// Whether `name` is a valid sheet name: 1–31 characters, none of `: \ / ? * [ ]` or controls,
    /// not starting or ending with `'`, and not `History` (reserved by Excel).
    public static func isValidName(_ name: String) -> Bool {
        let forbidden: Set<Unicode.Scalar> = [":", "\\", "/", "?", "*", "[", "]"]
        return (1...31).contains(name.utf16.count) && !name.hasPrefix("'") && !name.hasSuffix("'")
            && name.lowercased() != "history"
            && name.unicodeScalars.allSatisfy { !forbidden.contains($0) && $0.value >= 0x20 }
    }

    /// Throws the first problem found; `sheetNames` are the workbook's sheets, for drop-down sources.
    func validate(sheetNames: [String]) throws {
        guard Self.isValidName(name) else { throw XLSXWriteError.invalidSheetName(name) }
        try validateReferences()
        try validateLayout()
        try validateMerges()
        for validation in dataValidations { try validate(validation, sheetNames: sheetNames) }
    }

    private func validateReferences() throws {
        let ranges = merges + dataValidations.map(\.range) + [autoFilter, pageSetup.printArea].compactMap { $0 }
        let references = Array(cells.keys) + ranges.flatMap { [$0.first, $0.last] }
        for reference in references where !Self.inBounds(reference) {
            throw XLSXWriteError.referenceOutOfRange(sheet: name, "row \(reference.row), column \(reference.column)")
        }
    }

    private func validateLayout() throws {
        for (column, width) in columnWidths
        where !(1...CellReference.maxColumn).contains(column) || !(0...255).contains(width) {
            throw XLSXWriteError.invalidLayout(sheet: name, "column \(column) width \(width)")
        }
        for (row, height) in rowHeights where !(1...CellReference.maxRow).contains(row) || !(0...409).contains(height) {
            throw XLSXWriteError.invalidLayout(sheet: name, "row \(row) height \(height)")
        }
        guard (0..<CellReference.maxRow).contains(frozenRows) else {
            throw XLSXWriteError.invalidLayout(sheet: name, "frozen rows \(frozenRows)")
        }
        guard (0...32_767).contains(pageSetup.fitToHeight) else {
            throw XLSXWriteError.invalidLayout(sheet: name, "fit to height \(pageSetup.fitToHeight)")
        }
        if let rows = pageSetup.repeatRows, rows.lowerBound < 1 || rows.upperBound > CellReference.maxRow {
            throw XLSXWriteError.invalidLayout(sheet: name, "repeated rows \(rows)")
        }
    }

    /// Excel repairs a file whose merges overlap; a one-cell merge is meaningless and refused too.
    private func validateMerges() throws {
        for (offset, range) in merges.enumerated() {
            guard range.first != range.last else {
                throw XLSXWriteError.invalidMerge(sheet: name, "single cell \(range)")
            }
            if let other = merges[..<offset].first(where: { $0.sharesCells(with: range) }) {
                throw XLSXWriteError.invalidMerge(sheet: name, "\(other) overlaps \(range)")
            }
        }
    }

    /// Excel's limits: titles 32 characters, messages 255, an inline list 255 with its commas.
    private func validate(_ validation: DataValidation, sheetNames: [String]) throws {
        let texts =
            [(validation.errorTitle, 32), (validation.promptTitle, 32)]
            + [(validation.errorMessage, 255), (validation.prompt, 255)]
        for case (let text?, let limit) in texts where text.utf16.count > limit {
            throw XLSXWriteError.invalidDataValidation(sheet: name, "'\(text)' is over \(limit) characters")
        }
        switch validation.list {
        case .values(let values):
            let joined = values.joined(separator: ",")
            guard !values.isEmpty, joined.utf16.count <= 255,
                values.allSatisfy({ !$0.contains(",") && !$0.contains("\"") })
            else { throw XLSXWriteError.invalidDataValidation(sheet: name, "list \(values)") }
        case .range(let sheet, let range):
            guard sheetNames.contains(sheet) else {
                throw XLSXWriteError.invalidDataValidation(sheet: name, "no sheet '\(sheet)'")
            }
            guard Self.inBounds(range.first), Self.inBounds(range.last) else {
                throw XLSXWriteError.referenceOutOfRange(sheet: name, "list source \(range)")
            }
        }
    }

    private static func inBounds(_ reference: CellReference) -> Bool {
        (1...CellReference.maxRow).contains(reference.row) && (1...CellReference.maxColumn).contains(reference.column)
    }
}

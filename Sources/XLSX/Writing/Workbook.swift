/// A workbook to write as .xlsx: sheets in tab order and the one selected on opening.
public struct Workbook: Sendable {
    /// The sheets, in tab order.
    public var sheets: [Worksheet]
    /// Index of the sheet shown on opening; it must be visible.
    public var activeSheet = 0

    /// A workbook with `sheets`.
    public init(sheets: [Worksheet] = []) {
        self.sheets = sheets
    }

    /// The .xlsx bytes: deterministic for equal content (fixed part order, fixed entry dates, no timestamps).
    ///
    /// Throws `XLSXWriteError` for content Excel would refuse or repair, and rethrows zip errors.
    public func bytes() throws -> [UInt8] {
        try validate()
        var styles = StyleTable()
        var strings = SharedStringTable()
        var sheetParts: [[UInt8]] = []
        for (index, sheet) in sheets.enumerated() {
            var part = WorksheetPart(sheet: sheet, isActive: index == activeSheet)
            sheetParts.append(try part.render(styles: &styles, strings: &strings))
        }
        let hasStrings = !strings.isEmpty
        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", PackageParts.contentTypes(sheetCount: sheets.count, hasSharedStrings: hasStrings)),
            ("_rels/.rels", PackageParts.rootRelationships()),
            ("docProps/app.xml", PackageParts.appProperties()),
            ("docProps/core.xml", PackageParts.coreProperties()),
            ("xl/workbook.xml", WorkbookPart.render(self)),
            (
                "xl/_rels/workbook.xml.rels",
                PackageParts.workbookRelationships(sheetCount: sheets.count, hasSharedStrings: hasStrings)
            ),
            ("xl/styles.xml", styles.part()),
        ]
        if hasStrings { parts.append(("xl/sharedStrings.xml", strings.part())) }
        for (offset, part) in sheetParts.enumerated() { parts.append(("xl/worksheets/sheet\(offset + 1).xml", part)) }
        return try PackageArchive.zip(parts)
    }

    private func validate() throws {
        guard !sheets.isEmpty else { throw XLSXWriteError.noSheets }
        let names = sheets.map(\.name)
        var seen = Set<String>()
        for name in names {
            guard seen.insert(name.lowercased()).inserted else { throw XLSXWriteError.duplicateSheetName(name) }
        }
        guard sheets.indices.contains(activeSheet), sheets[activeSheet].state == .visible else {
            throw XLSXWriteError.invalidActiveSheet(activeSheet)
        }
        for sheet in sheets { try sheet.validate(sheetNames: names) }
    }
}

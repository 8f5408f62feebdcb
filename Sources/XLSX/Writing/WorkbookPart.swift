/// Writes `xl/workbook.xml`: the sheets, the view's active tab, and the defined names that carry print areas,
/// print titles and filter ranges.
enum WorkbookPart {
    /// A sheet-local defined name.
    private struct DefinedName {
        var name: String
        var sheet: Int
        var value: String
        var hidden = false
    }

    /// The part's bytes for `workbook`, whose sheets are already validated.
    static func render(_ workbook: Workbook) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("workbook", [("xmlns", WriterNamespace.spreadsheet), ("xmlns:r", WriterNamespace.relationships)])
        xml.empty("workbookPr")
        xml.open("bookViews")
        xml.empty("workbookView", [("activeTab", String(workbook.activeSheet))])
        xml.close("bookViews")
        xml.open("sheets")
        for (offset, sheet) in workbook.sheets.enumerated() {
            let state: String? =
                switch sheet.state {
                case .visible: nil
                case .hidden: "hidden"
                case .veryHidden: "veryHidden"
                }
            xml.empty(
                "sheet",
                [("name", sheet.name), ("sheetId", String(offset + 1)), ("state", state), ("r:id", "rId\(offset + 1)")])
        }
        xml.close("sheets")
        writeDefinedNames(definedNames(workbook.sheets), to: &xml)
        xml.close("workbook")
        return xml.bytes
    }

    /// Sorted as Excel writes them: by name without `_xlnm.`, ignoring case, then by sheet.
    private static func definedNames(_ sheets: [Worksheet]) -> [DefinedName] {
        var names: [DefinedName] = []
        for (index, sheet) in sheets.enumerated() {
            let prefix = WorksheetPart.quotedSheetName(sheet.name) + "!"
            if let filter = sheet.autoFilter {
                names.append(
                    DefinedName(
                        name: "_xlnm._FilterDatabase", sheet: index,
                        value: prefix + filter.topLeftToBottomRight.absolute, hidden: true))
            }
            if let area = sheet.pageSetup.printArea {
                names.append(
                    DefinedName(
                        name: "_xlnm.Print_Area", sheet: index, value: prefix + area.topLeftToBottomRight.absolute))
            }
            if let rows = sheet.pageSetup.repeatRows {
                let value = prefix + "$\(rows.lowerBound):$\(rows.upperBound)"
                names.append(DefinedName(name: "_xlnm.Print_Titles", sheet: index, value: value))
            }
        }
        return names.sorted { (sortKey($0.name), $0.sheet) < (sortKey($1.name), $1.sheet) }
    }

    private static func sortKey(_ name: String) -> String {
        (name.hasPrefix("_xlnm.") ? String(name.dropFirst(6)) : name).lowercased()
    }

    private static func writeDefinedNames(_ names: [DefinedName], to xml: inout MarkupBuilder) {
        guard !names.isEmpty else { return }
        xml.open("definedNames")
        for name in names {
            xml.element(
                "definedName",
                [("name", name.name), ("localSheetId", String(name.sheet)), ("hidden", name.hidden ? "1" : nil)],
                content: name.value)
        }
        xml.close("definedNames")
    }
}

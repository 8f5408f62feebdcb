/// A sheet as `workbook.xml` lists it: its name and the part holding it.
struct WorkbookSheet {
    var name: String
    var path: String
    /// False for chart, dialog and macro sheets, which hold no cells to read.
    var isWorksheet: Bool

    /// The `<sheet>` entries of the workbook part, in order, resolved through its relationships.
    static func read(
        _ workbookPath: String, relationships: [PartRelationship], in archive: PartArchive
    ) throws -> [WorkbookSheet] {
        var sheets: [WorkbookSheet] = []
        try archive.stream(workbookPath) { tokenizer, token in
            guard token == .startElement, tokenizer.name == "sheet" else { return }
            guard let name = try tokenizer.attribute("name"), let id = try tokenizer.attribute("id") else {
                throw WorkbookError(.sheetWithoutName(part: workbookPath))
            }
            guard let relationship = relationships.first(where: { $0.id == id }) else {
                throw WorkbookError(
                    .missingSheetRelationship(part: PartRelationship.relsPath(of: workbookPath), id: id, sheet: name))
            }
            let isWorksheet = relationship.isOfType("worksheet")
            sheets.append(WorkbookSheet(name: name, path: relationship.target, isWorksheet: isWorksheet))
        }
        return sheets
    }
}

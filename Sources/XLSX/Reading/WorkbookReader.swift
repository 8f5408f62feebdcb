/// An opened workbook: the archive, its sheet list, and the shared strings, loaded on the first sheet read.
///
/// Every read is bounded by `WorkbookLimits`; anything refused throws a `WorkbookError` naming the part, sheet
/// or cell, what was expected and what was found.
public final class WorkbookReader {
    private let archive: PartArchive
    private let sheets: [WorkbookSheet]
    private let sharedStringsPath: String?
    private var sharedStrings: [String]?

    /// Opens the workbook in `bytes` and lists its sheets; refuses non-zip and encrypted files, missing parts and
    /// links to external workbooks or sources.
    public init(bytes: [UInt8], limits: WorkbookLimits = .default) throws {
        archive = try PartArchive(bytes: bytes, limits: limits)
        try Self.refuseExternalLinkParts(archive)
        guard archive.contains("[Content_Types].xml") else {
            throw WorkbookError(.missingContentTypes)
        }
        let workbookPath = try Self.workbookPath(archive)
        let relsPath = PartRelationship.relsPath(of: workbookPath)
        guard let relationships = try PartRelationship.read(of: workbookPath, in: archive) else {
            throw WorkbookError(.missingWorkbookRelationships(part: relsPath))
        }
        if let link = relationships.first(where: \.isExternal) {
            throw WorkbookError(.externalLink(part: relsPath, target: link.target, id: link.id))
        }
        sheets = try WorkbookSheet.read(workbookPath, relationships: relationships, in: archive)
        sharedStringsPath = relationships.first { $0.isOfType("sharedStrings") }?.target
    }

    /// The sheet names in workbook order, hidden sheets included.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Streams the rows of sheet `name` that hold at least one cell, calling `body` per row as the XML is
    /// decompressed; neither the sheet's XML nor its rows are held in memory.
    ///
    /// Throws `WorkbookError` (sheetNotFound, missingPart, tooManyRows once the rows holding data pass
    /// `maxRows`, partTooLarge, malformedXML with line and column, invalidCell, ...) or what `body` throws.
    public func forEachRow(inSheet name: String, _ body: (SheetRow) throws -> Void) throws {
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            throw WorkbookError(
                sheets.isEmpty ? .noSheetToRead(sheet: name) : .sheetNotFound(sheet: name, sheets: sheetNames))
        }
        guard sheet.isWorksheet else {
            throw WorkbookError(.notAWorksheet(part: sheet.path, sheet: name))
        }
        guard archive.contains(sheet.path) else {
            throw WorkbookError(.missingSheetPart(part: sheet.path, sheet: name))
        }
        var parser = WorksheetParser(
            sheetName: name, part: sheet.path, limits: archive.limits, sharedStrings: try loadSharedStrings())
        do {
            try archive.stream(sheet.path) { tokenizer, token in try parser.handle(token, &tokenizer, body) }
        } catch let failure as BodyFailure {
            throw failure.error
        }
    }

    private func loadSharedStrings() throws -> [String] {
        if let sharedStrings { return sharedStrings }
        var parser = SharedStringsParser(part: sharedStringsPath ?? "", limits: archive.limits)
        if let path = sharedStringsPath {
            try archive.stream(path) { tokenizer, token in try parser.handle(token, &tokenizer) }
        }
        sharedStrings = parser.strings
        return parser.strings
    }

    /// Links to other workbooks live in `xl/externalLinks/`; formulas referring to them would pull in data from
    /// elsewhere, so such a workbook is refused outright.
    private static func refuseExternalLinkParts(_ archive: PartArchive) throws {
        guard let link = archive.paths.first(where: { $0.lowercased().hasPrefix("xl/externallinks/") }) else {
            return
        }
        throw WorkbookError(.externalLinkPart(part: link))
    }

    /// The main part named by the package relationships, `xl/workbook.xml` when there are none.
    private static func workbookPath(_ archive: PartArchive) throws -> String {
        let relationships = try PartRelationship.read(of: "", in: archive) ?? []
        let path = relationships.first { $0.isOfType("officeDocument") && !$0.isExternal }?.target ?? "xl/workbook.xml"
        guard archive.contains(path) else {
            throw WorkbookError(.missingWorkbookPart(part: path))
        }
        return path
    }
}

/// The package's fixed and workbook-level parts. Nothing here depends on the clock or a random source, so equal
/// workbooks give equal bytes.
enum PackageParts {
    /// `[Content_Types].xml`.
    static func contentTypes(sheetCount: Int, hasSharedStrings: Bool) -> [UInt8] {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = MarkupBuilder()
        xml.open("Types", [("xmlns", WriterNamespace.contentTypes)])
        xml.empty(
            "Default",
            [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
        xml.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
        var overrides = [("/xl/workbook.xml", "\(main).sheet.main+xml")]
        overrides += (1...max(sheetCount, 1)).map { ("/xl/worksheets/sheet\($0).xml", "\(main).worksheet+xml") }
        overrides.append(("/xl/styles.xml", "\(main).styles+xml"))
        if hasSharedStrings { overrides.append(("/xl/sharedStrings.xml", "\(main).sharedStrings+xml")) }
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        overrides.append(
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        for (part, type) in overrides { xml.empty("Override", [("PartName", part), ("ContentType", type)]) }
        xml.close("Types")
        return xml.bytes
    }

    /// `_rels/.rels`: the workbook and the document properties.
    static func rootRelationships() -> [UInt8] {
        let base = "http://schemas.openxmlformats.org"
        return relationships([
            ("\(base)/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
            ("\(base)/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("\(base)/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ])
    }

    /// `xl/_rels/workbook.xml.rels`: sheets as rId1…rIdN, then styles and shared strings.
    static func workbookRelationships(sheetCount: Int, hasSharedStrings: Bool) -> [UInt8] {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var targets = (1...max(sheetCount, 1)).map { ("\(base)/worksheet", "worksheets/sheet\($0).xml") }
        targets.append(("\(base)/styles", "styles.xml"))
        if hasSharedStrings { targets.append(("\(base)/sharedStrings", "sharedStrings.xml")) }
        return relationships(targets)
    }

    /// `docProps/core.xml`: deliberately empty — no author, no dates.
    static func coreProperties() -> [UInt8] {
        var xml = MarkupBuilder()
        xml.empty(
            "cp:coreProperties",
            [
                ("xmlns:cp", WriterNamespace.coreProperties), ("xmlns:dc", WriterNamespace.dublinCore),
                ("xmlns:dcterms", WriterNamespace.dublinCoreTerms),
            ])
        return xml.bytes
    }

    /// `docProps/app.xml`: the application name only.
    static func appProperties() -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open(
            "Properties", [("xmlns", WriterNamespace.extendedProperties), ("xmlns:vt", WriterNamespace.docPropsVTypes)])
        xml.element("Application", content: "Huizong XLSX")
        xml.close("Properties")
        return xml.bytes
    }

    private static func relationships(_ targets: [(type: String, target: String)]) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("Relationships", [("xmlns", WriterNamespace.packageRelationships)])
        for (offset, target) in targets.enumerated() {
            xml.empty("Relationship", [("Id", "rId\(offset + 1)"), ("Type", target.type), ("Target", target.target)])
        }
        xml.close("Relationships")
        return xml.bytes
    }
}

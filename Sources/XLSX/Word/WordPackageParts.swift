/// The fixed parts of a .docx and those made from its styles: nothing depends on the clock.
enum WordPackageParts {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let imageType = officeRelationships + "/image"

    static var contentTypes: [UInt8] {
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var xml = MarkupBuilder()
        xml.open("Types", [("xmlns", WriterNamespace.contentTypes)])
        for (extension_, type) in [
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml"),
            ("png", "image/png"), ("svg", "image/svg+xml"),
        ] {
            xml.empty("Default", [("Extension", extension_), ("ContentType", type)])
        }
        for (part, type) in [
            ("/word/document.xml", "\(word).document.main+xml"), ("/word/styles.xml", "\(word).styles+xml"),
            ("/word/fontTable.xml", "\(word).fontTable+xml"), ("/word/settings.xml", "\(word).settings+xml"),
            ("/word/header1.xml", "\(word).header+xml"), ("/word/footer1.xml", "\(word).footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ] {
            xml.empty("Override", [("PartName", part), ("ContentType", type)])
        }
        xml.close("Types")
        return xml.bytes
    }

    static var rootRelationships: [UInt8] {
        let base = "http://schemas.openxmlformats.org"
        return relationships([
            ("rId1", "\(base)/officeDocument/2006/relationships/officeDocument", "word/document.xml"),
            ("rId2", "\(base)/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "\(base)/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ])
    }

    /// The document's relationships before its pictures'.
    static var documentRelationships: [(id: String, type: String, target: String)] {
        [
            ("rIdStyles", officeRelationships + "/styles", "styles.xml"),
            ("rIdFonts", officeRelationships + "/fontTable", "fontTable.xml"),
            ("rIdSettings", officeRelationships + "/settings", "settings.xml"),
            ("rIdHeader", officeRelationships + "/header", "header1.xml"),
            ("rIdFooter", officeRelationships + "/footer", "footer1.xml"),
        ]
    }

    static func relationships(_ targets: [(id: String, type: String, target: String)]) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("Relationships", [("xmlns", WriterNamespace.packageRelationships)])
        for target in targets {
            xml.empty("Relationship", [("Id", target.id), ("Type", target.type), ("Target", target.target)])
        }
        xml.close("Relationships")
        return xml.bytes
    }

    static var coreProperties: [UInt8] {
        var xml = MarkupBuilder()
        xml.empty(
            "cp:coreProperties",
            [
                ("xmlns:cp", WriterNamespace.coreProperties), ("xmlns:dc", WriterNamespace.dublinCore),
                ("xmlns:dcterms", WriterNamespace.dublinCoreTerms),
            ])
        return xml.bytes
    }

    static var appProperties: [UInt8] {
        var xml = MarkupBuilder()
        xml.open("Properties", [("xmlns", WriterNamespace.extendedProperties)])
        xml.element("Application", content: "Huizong DOCX")
        xml.close("Properties")
        return xml.bytes
    }

    static var settings: [UInt8] {
        var xml = MarkupBuilder()
        xml.open("w:settings", [("xmlns:w", main)])
        xml.empty("w:defaultTabStop", [("w:val", "420")])
        xml.empty("w:characterSpacingControl", [("w:val", "compressPunctuation")])
        xml.close("w:settings")
        return xml.bytes
    }

    /// Every font of the styles, each with its fallback as `w:altName` and the GB2312 charset.
    static func fontTable(_ fonts: [WordFont]) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("w:fonts", [("xmlns:w", main)])
        var seen = Set<String>()
        for font in fonts where seen.insert(font.name).inserted {
            xml.open("w:font", [("w:name", font.name)])
            if let fallback = font.fallback { xml.empty("w:altName", [("w:val", fallback)]) }
            xml.empty("w:charset", [("w:val", "86")])
            xml.close("w:font")
        }
        xml.close("w:fonts")
        return xml.bytes
    }

    static func styles(_ styles: [WordParagraphStyle], language: String) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("w:styles", [("xmlns:w", main)])
        xml.open("w:docDefaults")
        xml.open("w:rPrDefault")
        xml.open("w:rPr")
        if let first = styles.first { runFonts(&xml, first.font) }
        xml.empty("w:lang", [("w:val", "en-US"), ("w:eastAsia", language)])
        xml.close("w:rPr")
        xml.close("w:rPrDefault")
        xml.close("w:docDefaults")
        for (index, style) in styles.enumerated() {
            xml.open(
                "w:style", [("w:type", "paragraph"), ("w:default", index == 0 ? "1" : nil), ("w:styleId", style.id)])
            xml.empty("w:name", [("w:val", style.name)])
            if index > 0, let first = styles.first { xml.empty("w:basedOn", [("w:val", first.id)]) }
            xml.empty("w:qFormat")
            paragraphProperties(&xml, style)
            xml.open("w:rPr")
            runFonts(&xml, style.font)
            if style.bold { xml.empty("w:b") }
            let halfPoints = String(Int((style.points * 2).rounded()))
            xml.empty("w:sz", [("w:val", halfPoints)])
            xml.empty("w:szCs", [("w:val", halfPoints)])
            xml.close("w:rPr")
            xml.close("w:style")
        }
        xml.close("w:styles")
        return xml.bytes
    }

    private static func paragraphProperties(_ xml: inout MarkupBuilder, _ style: WordParagraphStyle) {
        let twips = { (points: Double) in String(Int((points * 20).rounded())) }
        xml.open("w:pPr")
        if style.keepWithNext { xml.empty("w:keepNext") }
        xml.empty(
            "w:spacing",
            [
                ("w:before", twips(style.spaceBefore)), ("w:after", twips(style.spaceAfter)),
                ("w:line", style.lineSpacing.map(twips) ?? "240"),
                ("w:lineRule", style.lineSpacing == nil ? "auto" : "exact"),
            ])
        xml.empty(
            "w:ind",
            style.firstLineCharacters > 0
                ? [("w:firstLineChars", String(style.firstLineCharacters * 100))] : [("w:firstLine", "0")])
        xml.empty("w:jc", [("w:val", style.alignment.rawValue)])
        if let level = style.outlineLevel { xml.empty("w:outlineLvl", [("w:val", String(level))]) }
        xml.close("w:pPr")
    }

    /// The same font for every script, so that Chinese text (`w:eastAsia`) and figures match.
    private static func runFonts(_ xml: inout MarkupBuilder, _ font: WordFont) {
        xml.empty(
            "w:rFonts",
            [("w:ascii", font.name), ("w:hAnsi", font.name), ("w:eastAsia", font.name), ("w:cs", font.name)])
    }

    static func header(_ paragraph: WordParagraph?) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("w:hdr", [("xmlns:w", main)])
        WordBodyPart.paragraph(&xml, paragraph ?? WordParagraph(style: "", runs: []))
        xml.close("w:hdr")
        return xml.bytes
    }

    /// The footer: `— N —` centred, N the PAGE field.
    static func footer(_ style: String?) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("w:ftr", [("xmlns:w", main)])
        xml.open("w:p")
        xml.open("w:pPr")
        if let style { xml.empty("w:pStyle", [("w:val", style)]) }
        xml.empty("w:jc", [("w:val", "center")])
        xml.close("w:pPr")
        if style != nil {
            WordBodyPart.run(&xml, WordRun("— "))
            for (kind, instruction) in [("begin", " PAGE "), ("separate", nil), ("end", nil)] {
                xml.open("w:r")
                xml.empty("w:fldChar", [("w:fldCharType", kind)])
                xml.close("w:r")
                if let instruction {
                    xml.open("w:r")
                    xml.element("w:instrText", [("xml:space", "preserve")], content: instruction)
                    xml.close("w:r")
                }
            }
            WordBodyPart.run(&xml, WordRun(" —"))
        }
        xml.close("w:p")
        xml.close("w:ftr")
        return xml.bytes
    }
}

/// `word/document.xml`: the body's paragraphs, tables and pictures, then the section's page.
struct WordBodyPart {
    let package: WordPackage

    /// The part's bytes; `addImage` stores a picture's parts and gives their relationship ids.
    func render(addImage: (WordImage) -> (png: String, svg: String?)) -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open(
            "w:document",
            [
                ("xmlns:w", WordPackageParts.main), ("xmlns:r", WordPackageParts.officeRelationships),
                ("xmlns:wp", Self.drawing), ("xmlns:a", Self.drawingMain), ("xmlns:pic", Self.picture),
            ])
        xml.open("w:body")
        var pictures = 0
        for block in package.body {
            switch block {
            case .paragraph(let paragraph): Self.paragraph(&xml, paragraph)
            case .table(let table): self.table(&xml, table)
            case .image(let image):
                pictures += 1
                Self.picture(&xml, image, number: pictures, ids: addImage(image))
            }
        }
        // Word wants the body to end with a paragraph, not a table.
        if case .table = package.body.last { Self.paragraph(&xml, WordParagraph(style: "", runs: [])) }
        section(&xml)
        xml.close("w:body")
        xml.close("w:document")
        return xml.bytes
    }

    static let drawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let drawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    static let svgExtension = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"

    static func paragraph(_ xml: inout MarkupBuilder, _ paragraph: WordParagraph) {
        xml.open("w:p")
        xml.open("w:pPr")
        if !paragraph.style.isEmpty { xml.empty("w:pStyle", [("w:val", paragraph.style)]) }
        if paragraph.pageBreakBefore { xml.empty("w:pageBreakBefore") }
        if let alignment = paragraph.alignment { xml.empty("w:jc", [("w:val", alignment.rawValue)]) }
        xml.close("w:pPr")
        for run in paragraph.runs { Self.run(&xml, run) }
        xml.close("w:p")
    }

    /// A run; each newline of its text becomes a line break.
    static func run(_ xml: inout MarkupBuilder, _ run: WordRun) {
        xml.open("w:r")
        if run.bold || run.italic {
            xml.open("w:rPr")
            if run.bold { xml.empty("w:b") }
            if run.italic { xml.empty("w:i") }
            xml.close("w:rPr")
        }
        for (index, line) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { xml.empty("w:br") }
            xml.element("w:t", [("xml:space", "preserve")], content: String(line))
        }
        xml.close("w:r")
    }

    private func table(_ xml: inout MarkupBuilder, _ table: WordTable) {
        let total = max(table.widths.reduce(0, +), 1)
        let text = package.page.textWidthTwips
        let widths = table.widths.map { $0 * text / total }
        xml.open("w:tbl")
        xml.open("w:tblPr")
        xml.empty("w:tblW", [("w:w", String(widths.reduce(0, +))), ("w:type", "dxa")])
        xml.empty("w:jc", [("w:val", "center")])
        xml.open("w:tblBorders")
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml.empty("w:\(edge)", [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")])
        }
        xml.close("w:tblBorders")
        xml.empty("w:tblLayout", [("w:type", "fixed")])
        xml.close("w:tblPr")
        xml.open("w:tblGrid")
        for width in widths { xml.empty("w:gridCol", [("w:w", String(width))]) }
        xml.close("w:tblGrid")
        for (index, row) in table.rows.enumerated() {
            let heading = index < table.headerRows
            xml.open("w:tr")
            if heading {
                xml.open("w:trPr")
                xml.empty("w:tblHeader")
                xml.close("w:trPr")
            }
            for (column, cell) in row.enumerated() {
                xml.open("w:tc")
                xml.open("w:tcPr")
                xml.empty("w:tcW", [("w:w", String(widths[min(column, widths.count - 1)])), ("w:type", "dxa")])
                switch cell.verticalMerge {
                case .restart?: xml.empty("w:vMerge", [("w:val", "restart")])
                case .continuation?: xml.empty("w:vMerge")
                case nil: break
                }
                xml.empty("w:vAlign", [("w:val", "center")])
                xml.close("w:tcPr")
                Self.paragraph(
                    &xml,
                    WordParagraph(
                        style: table.style, runs: [WordRun(cell.text, bold: heading)],
                        alignment: heading ? .center : cell.alignment))
                xml.close("w:tc")
            }
            xml.close("w:tr")
        }
        xml.close("w:tbl")
    }

    /// An inline picture: the PNG blip, with the SVG as Word 2016's extension where given.
    private static func picture(
        _ xml: inout MarkupBuilder, _ image: WordImage, number: Int, ids: (png: String, svg: String?)
    ) {
        let width = String(Int((image.width * 36000).rounded()))  // EMU per millimetre
        let height = String(Int((image.height * 36000).rounded()))
        xml.open("w:p")
        xml.open("w:pPr")
        // Single spacing and no indent whatever the default style says: an exact line pitch would clip it.
        xml.empty("w:spacing", [("w:before", "120"), ("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
        xml.empty("w:ind", [("w:firstLineChars", "0"), ("w:firstLine", "0")])
        xml.empty("w:jc", [("w:val", "center")])
        xml.close("w:pPr")
        xml.open("w:r")
        xml.open("w:drawing")
        xml.open("wp:inline", [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")])
        xml.empty("wp:extent", [("cx", width), ("cy", height)])
        xml.empty("wp:docPr", [("id", String(number)), ("name", "Picture \(number)"), ("descr", image.description)])
        xml.open("wp:cNvGraphicFramePr")
        xml.empty("a:graphicFrameLocks", [("noChangeAspect", "1")])
        xml.close("wp:cNvGraphicFramePr")
        xml.open("a:graphic")
        xml.open("a:graphicData", [("uri", picture)])
        xml.open("pic:pic")
        xml.open("pic:nvPicPr")
        xml.empty("pic:cNvPr", [("id", String(number)), ("name", "image\(number).png")])
        xml.empty("pic:cNvPicPr")
        xml.close("pic:nvPicPr")
        xml.open("pic:blipFill")
        xml.open("a:blip", [("r:embed", ids.png)])
        if let svg = ids.svg {
            xml.open("a:extLst")
            xml.open("a:ext", [("uri", "{96DAC541-7B7A-43D3-8B79-37D633B846F1}")])
            xml.empty("asvg:svgBlip", [("xmlns:asvg", svgExtension), ("r:embed", svg)])
            xml.close("a:ext")
            xml.close("a:extLst")
        }
        xml.close("a:blip")
        xml.open("a:stretch")
        xml.empty("a:fillRect")
        xml.close("a:stretch")
        xml.close("pic:blipFill")
        xml.open("pic:spPr")
        xml.open("a:xfrm")
        xml.empty("a:off", [("x", "0"), ("y", "0")])
        xml.empty("a:ext", [("cx", width), ("cy", height)])
        xml.close("a:xfrm")
        xml.open("a:prstGeom", [("prst", "rect")])
        xml.empty("a:avLst")
        xml.close("a:prstGeom")
        xml.close("pic:spPr")
        xml.close("pic:pic")
        xml.close("a:graphicData")
        xml.close("a:graphic")
        xml.close("wp:inline")
        xml.close("w:drawing")
        xml.close("w:r")
        xml.close("w:p")
    }

    private func section(_ xml: inout MarkupBuilder) {
        let page = package.page
        let twips = { (millimetres: Double) in String(WordPage.twips(millimetres)) }
        xml.open("w:sectPr")
        xml.empty("w:headerReference", [("w:type", "default"), ("r:id", "rIdHeader")])
        xml.empty("w:footerReference", [("w:type", "default"), ("r:id", "rIdFooter")])
        xml.empty("w:pgSz", [("w:w", twips(page.width)), ("w:h", twips(page.height))])
        xml.empty(
            "w:pgMar",
            [
                ("w:top", twips(page.top)), ("w:right", twips(page.right)), ("w:bottom", twips(page.bottom)),
                ("w:left", twips(page.left)), ("w:header", twips(page.header)), ("w:footer", twips(page.footer)),
                ("w:gutter", "0"),
            ])
        xml.close("w:sectPr")
    }
}

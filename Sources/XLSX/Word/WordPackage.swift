/// A Word document to write as .docx (WordprocessingML): page, paragraph styles, an optional
/// header on every page, page numbers in the footer, and the body's blocks.
public struct WordPackage: Sendable {
    public var page: WordPage
    /// The paragraph styles; the first is the default (`Normal`).
    public var styles: [WordParagraphStyle]
    /// A paragraph repeated at the top of every page (a draft's mark), nil for none.
    public var header: WordParagraph?
    /// The style of the footer's centred page number (`— 1 —`), nil for no page numbers.
    public var pageNumberStyle: String?
    /// East Asian language of the text (`zh-CN`), for line breaking and font choice.
    public var language = "zh-CN"
    public var body: [WordBlock]

    /// A document on `page` in `styles` with `body`.
    public init(page: WordPage, styles: [WordParagraphStyle], body: [WordBlock]) {
        self.page = page
        self.styles = styles
        self.body = body
    }

    /// The .docx bytes: deterministic for equal content (fixed part order and entry dates).
    public func bytes() throws -> [UInt8] {
        var images: [(path: String, bytes: [UInt8])] = []
        var relationships = WordPackageParts.documentRelationships
        var pictures = 0
        let documentPart = WordBodyPart(package: self).render { image in
            // Each picture's parts, named in order of appearance, and their relationship ids.
            pictures += 1
            let number = pictures
            images.append(("word/media/image\(number).png", image.png))
            var ids = (png: "rIdImage\(number)", svg: String?.none)
            relationships.append((ids.png, WordPackageParts.imageType, "media/image\(number).png"))
            if let svg = image.svg {
                images.append(("word/media/image\(number).svg", svg))
                ids.svg = "rIdImage\(number)s"
                relationships.append((ids.svg!, WordPackageParts.imageType, "media/image\(number).svg"))
            }
            return ids
        }
        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", WordPackageParts.contentTypes),
            ("_rels/.rels", WordPackageParts.rootRelationships),
            ("docProps/app.xml", WordPackageParts.appProperties),
            ("docProps/core.xml", WordPackageParts.coreProperties),
            ("word/document.xml", documentPart),
            ("word/_rels/document.xml.rels", WordPackageParts.relationships(relationships)),
            ("word/styles.xml", WordPackageParts.styles(styles, language: language)),
            ("word/fontTable.xml", WordPackageParts.fontTable(styles.map(\.font))),
            ("word/settings.xml", WordPackageParts.settings),
            ("word/header1.xml", WordPackageParts.header(header)),
            ("word/footer1.xml", WordPackageParts.footer(pageNumberStyle)),
        ]
        parts += images
        return try PackageArchive.zip(parts)
    }
}

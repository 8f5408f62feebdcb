/// One `<Relationship>` of a part's `.rels` file, its target resolved to a part path.
struct PartRelationship {
    var id: String
    /// The relationship type URI; compared on its last segment, which transitional and strict OOXML share.
    var type: String
    /// The part path for an internal target, the target as written for an external one.
    var target: String
    var isExternal: Bool

    /// Whether the type URI ends in `/kind`, such as `worksheet` or `sharedStrings`.
    func isOfType(_ kind: String) -> Bool {
        type.hasSuffix("/" + kind)
    }

    /// The relationships of `source`, read from its `.rels` part; nil when there is none.
    static func read(of source: String, in archive: PartArchive) throws -> [PartRelationship]? {
        let relsPath = relsPath(of: source)
        guard archive.contains(relsPath) else { return nil }
        var relationships: [PartRelationship] = []
        try archive.stream(relsPath) { tokenizer, token in
            guard token == .startElement, tokenizer.name == "Relationship" else { return }
            guard let id = try tokenizer.attribute("Id"), let type = try tokenizer.attribute("Type"),
                let target = try tokenizer.attribute("Target")
            else {
                throw WorkbookError(.incompleteRelationship(part: relsPath))
            }
            let external = try tokenizer.attribute("TargetMode") == "External"
            let resolved = external ? target : resolve(target, from: source)
            relationships.append(PartRelationship(id: id, type: type, target: resolved, isExternal: external))
        }
        return relationships
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; `_rels/.rels` for the package ("").
    static func relsPath(of source: String) -> String {
        let (folder, file) = split(source)
        return folder + "_rels/" + file + ".rels"
    }

    /// The part path a target names: `/xl/a.xml` from the package root, `worksheets/sheet1.xml` beside `source`.
    static func resolve(_ target: String, from source: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : split(source).folder + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// `("xl/", "workbook.xml")` for `xl/workbook.xml`.
    private static func split(_ path: String) -> (folder: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}

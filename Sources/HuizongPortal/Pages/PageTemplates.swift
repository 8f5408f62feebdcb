import Foundation
import Mustache

/// The pages' mustache templates (`Sources/HuizongPortal/Templates/*.mustache`), read once from
/// the target's resource bundle: beside the binary (`Huizong_HuizongPortal.resources`, which
/// `make install` copies), else where SwiftPM built it. Each file is a template under its name
/// without `.mustache`, and so a partial (`{{>csrf}}`) or a parent (`{{<layout}}`) of the others.
enum PageTemplates {
    /// All templates; loaded on first use, which `PageRoutes.add(to:)` makes the server's start.
    static let library: MustacheLibrary = {
        do {
            return try load(from: directory)
        } catch {
            fatalError("the portal's page templates cannot be loaded from \(directory.path): \(error)")
        }
    }()

    /// The `Templates` folder of the resource bundle.
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Templates", isDirectory: true)
    }

    /// Every `*.mustache` file of `directory`. A file's final line end is not part of its
    /// template, so that a partial can stand inside a line (`…">{{>csrf}}<button…`).
    static func load(from directory: URL) throws -> MustacheLibrary {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".mustache") }
        guard !names.isEmpty else { throw CocoaError(.fileNoSuchFile) }
        var library = MustacheLibrary()
        for name in names {
            var text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw TemplateError(file: name, error: error)
            }
        }
        return library
    }

    /// A template that does not parse.
    struct TemplateError: Error {
        let file: String
        let error: any Error
    }

    /// `content` rendered through template `name`.
    static func render(_ content: Any, with name: String) -> String {
        guard let html = library.render(content, withTemplate: name) else {
            preconditionFailure("no page template \(name).mustache")
        }
        return html
    }
}

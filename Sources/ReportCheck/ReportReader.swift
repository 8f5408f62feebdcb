import Foundation
import XLSX

/// Reads a report file (`.docx`, `.txt`, `.md`) into paragraphs.
public enum ReportReader {
    /// Foundation has no named constant for GB18030.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The document at `path`, or a typed refusal naming the file.
    public static func read(path: String) throws(ReportReadError) -> ReportDocument {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        return try read(bytes: Array(data), name: path)
    }

    /// The document in `bytes`, its type told by the extension of `name` (a path or an uploaded
    /// file's name, which refusals name).
    public static func read(bytes: [UInt8], name: String) throws(ReportReadError) -> ReportDocument {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        switch fileExtension {
        case "docx": return try docx(bytes, path: name)
        case "txt", "md", "markdown": return try text(Data(bytes), path: name)
        default: throw .unsupportedType(path: name, fileExtension: fileExtension)
        }
    }

    /// UTF-8 when valid, else GB18030 (which GBK files also are); one paragraph a line.
    static func text(_ data: Data, path: String) throws(ReportReadError) -> ReportDocument {
        guard let text = String(validating: data, as: UTF8.self) ?? String(data: data, encoding: gb18030) else {
            throw .encoding(path: path)
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        return TextLayout.document(lines: lines.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") })
    }

    static func docx(_ bytes: [UInt8], path: String) throws(ReportReadError) -> ReportDocument {
        do {
            return TextLayout.document(try WordDocument(bytes: bytes))
        } catch let error as WorkbookError {
            throw .damagedDocx(path: path, problem: error.problem.code)
        } catch {
            throw .damagedDocx(path: path, problem: "\(error)")
        }
    }
}

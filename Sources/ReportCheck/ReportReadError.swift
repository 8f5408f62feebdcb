/// Why a report file could not be read: the checker gives up on it (exit status 2).
public enum ReportReadError: Error, Equatable, Sendable {
    /// No such file, or it cannot be opened.
    case unreadable(path: String)
    /// Not `.docx`, `.txt` or `.md`.
    case unsupportedType(path: String, fileExtension: String)
    /// Neither UTF-8 nor GB18030.
    case encoding(path: String)
    /// The DOCX could not be read; `problem` is the zip or XML reader's code.
    case damagedDocx(path: String, problem: String)

    /// The file named, for messages.
    public var path: String {
        switch self {
        case .unreadable(let path), .unsupportedType(let path, _), .encoding(let path), .damagedDocx(let path, _): path
        }
    }

    /// The refusal's stable code.
    public var code: String {
        switch self {
        case .unreadable: "report.unreadable"
        case .unsupportedType: "report.unsupported_type"
        case .encoding: "report.encoding"
        case .damagedDocx: "report.damaged_docx"
        }
    }
}

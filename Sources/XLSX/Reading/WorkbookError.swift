/// Why a workbook could not be read.
///
/// `problem` says what went wrong as a stable code with typed values, for callers that render their own
/// messages; `description` is one plain English sentence naming the part, sheet or cell, what was expected and
/// what was found, fit to show to the accountant who uploaded the file.
public struct WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of problem.
    public enum Kind: Equatable, Sendable {
        /// The bytes are not a zip archive.
        case notAZip
        /// An OLE compound file: a password-protected workbook or an old `.xls`.
        case encrypted
        /// The upload is larger than `maxArchiveBytes`.
        case archiveTooLarge
        /// The zip archive is damaged or lies about a part's size.
        case corruptArchive
        /// A part the workbook needs is not in the archive.
        case missingPart
        /// No sheet has the name asked for.
        case sheetNotFound
        /// One part decompresses to more than `maxPartBytes`.
        case partTooLarge
        /// The parts read decompress to more than `maxTotalBytes` together.
        case workbookTooLarge
        /// The sheet has more than `maxRows` rows holding data.
        case tooManyRows
        /// A cell lies beyond `maxColumns`.
        case tooManyColumns
        /// The shared string table has more than `maxSharedStrings` entries.
        case tooManySharedStrings
        /// A cell holds more than `maxCellCharacters` characters.
        case cellTooLong
        /// A cell or row is not what the format allows (bad reference, number, index or type).
        case invalidCell
        /// A part's content does not follow the XLSX format (a sheet without a name, a dangling relationship).
        case invalidPart
        /// A part is not well-formed XML, or uses a DOCTYPE.
        case malformedXML
        /// The workbook links to another file or source.
        case externalLink
        /// The workbook uses something this reader does not read.
        case unsupportedFeature
    }

    /// What went wrong, with the values that say where and how much.
    public var problem: Problem

    /// An error for `problem`.
    public init(_ problem: Problem) {
        self.problem = problem
    }

    /// The kind of problem.
    public var kind: Kind { problem.kind }
    /// The part at fault, such as `xl/worksheets/sheet1.xml`.
    public var part: String? { problem.part }
    /// The cell at fault, as `sheet!F12`.
    public var cell: String? { problem.cell }
    /// What the reader expected, in English.
    public var expected: String { problem.expected }
    /// What it found instead, in English.
    public var found: String { problem.found }

    /// The whole sentence: what went wrong and where, what was expected, what was found.
    public var description: String {
        "\(headline)\(place): expected \(expected), found \(found)"
    }

    private var place: String {
        if let cell { return " at cell \(cell)" }
        if let part { return " in part \(part)" }
        return ""
    }

    private var headline: String {
        switch kind {
        case .notAZip: "not an XLSX workbook"
        case .encrypted: "the workbook is encrypted or not in XLSX format"
        case .archiveTooLarge: "the workbook file is too large"
        case .corruptArchive: "the zip archive is damaged"
        case .missingPart: "a part of the workbook is missing"
        case .sheetNotFound: "no such sheet"
        case .partTooLarge: "a part of the workbook is too large"
        case .workbookTooLarge: "the workbook holds too much data"
        case .tooManyRows: "the sheet has too many rows"
        case .tooManyColumns: "a cell lies beyond the last column allowed"
        case .tooManySharedStrings: "the workbook has too many shared strings"
        case .cellTooLong: "a cell holds too much text"
        case .invalidCell: "invalid sheet data"
        case .invalidPart: "invalid workbook structure"
        case .malformedXML: "malformed XML"
        case .externalLink: "the workbook links to an external source"
        case .unsupportedFeature: "unsupported workbook feature"
        }
    }
}

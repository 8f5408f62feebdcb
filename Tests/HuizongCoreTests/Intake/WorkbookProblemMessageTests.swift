import Testing
import XLSX

@testable import HuizongCore

/// Every problem the XLSX reader reports has a distinct code and its own message, whose
/// English is the reader's own sentence and whose Chinese holds no English but names.
@Suite("Workbook problem messages")
struct WorkbookProblemMessageTests {
    typealias Problem = WorkbookError.Problem
    typealias Fault = WorkbookError.XMLFault

    static let sheet = "xl/worksheets/sheet1.xml"

    /// One sample of each fault, the byte-naming ones in each of the byte's three forms between them.
    static let faults: [Fault] = [
        .textOutsideRoot, .endInsideTag, .endInsideProcessingInstruction, .endInsideComment, .endInsideCDATA,
        .cdataOutsideRoot, .doctype, .unknownDeclaration, .lessThanInTag, .unclosedElement(element: "row"),
        .noRootElement, .elementAfterRoot, .tooDeep(limit: 256), .slashInTag(.character("x")),
        .noSpaceBeforeAttribute(.byte(0x1F)), .badElementName(.endOfTag), .badEndElementName(.character("1")),
        .badEndTag(.character("=")), .mismatchedEndTag(open: "row", found: "sheetData"),
        .endTagAfterRoot(found: "worksheet"), .tooManyAttributes(limit: 512), .badAttributeName(.byte(0x9)),
        .noEqualsSign(.character("\"")), .unquotedAttribute(.character("1")), .unclosedQuote, .lessThanInAttribute,
        .notUTF8, .unterminatedReference, .invalidCharacterReference(reference: "#xFFFE"),
        .undefinedEntity(entity: "xxe"),
    ]

    /// One sample of each problem that is not malformed XML.
    static let problems: [Problem] = [
        .emptyFile, .notAZip(start: "0x25 0x50 0x44 0x46"), .oleFile, .fileTooLarge(limit: 100, size: 2345),
        .damagedZip, .missingPart(part: sheet), .partTooLarge(part: sheet, limit: 67_108_864, declared: 209_715_200),
        .partTooLargeInflated(part: sheet, limit: 67_108_864),
        .checksumMismatch(part: sheet, declaredSize: 1000, declaredChecksum: 305_419_896, size: 999, checksum: 17),
        .largerThanDeclared(part: sheet, declared: 1000, size: 65_536), .workbookTooLarge(part: sheet, limit: 2000),
        .damagedData(part: sheet, detail: "corruptedData"), .utf16XML(part: sheet), .missingContentTypes,
        .missingWorkbookRelationships(part: "xl/_rels/workbook.xml.rels"),
        .externalLink(part: "xl/_rels/workbook.xml.rels", target: "file:///C:/budget/other.xlsx", id: "rId9"),
        .externalLinkPart(part: "xl/externalLinks/externalLink1.xml"), .missingWorkbookPart(part: "xl/workbook.xml"),
        .sheetNotFound(sheet: "Sheet9", sheets: (1...23).map { "表\($0)" }), .noSheetToRead(sheet: "填报"),
        .notAWorksheet(part: "xl/chartsheets/sheet1.xml", sheet: "图表"), .missingSheetPart(part: sheet, sheet: "填报"),
        .sheetWithoutName(part: "xl/workbook.xml"),
        .missingSheetRelationship(part: "xl/_rels/workbook.xml.rels", id: "rId4", sheet: "填报"),
        .incompleteRelationship(part: "_rels/.rels"), .rowOutOfOrder(part: sheet, sheet: "填报", previous: 5, row: "3"),
        .rowBeyondLast(part: sheet, limit: 1_048_576, previous: 1_048_576),
        .tooManyRows(part: sheet, sheet: "填报", limit: 100_000, nextRow: 100_001),
        .columnBeyondLimit(part: sheet, cell: "填报!IW3", lastColumn: "IV", column: "IW"),
        .tooManyCellsInRow(part: sheet, cell: "填报!R2", limit: 16_384),
        .badCellReference(part: sheet, cell: "填报!B2", row: 2, after: "C", reference: "B2"),
        .cellTooLong(part: sheet, cell: "填报!A1", limit: 32_767, length: 32_768),
        .sharedStringTooLong(part: "xl/sharedStrings.xml", limit: 32_767, index: 4, length: 32_768),
        .tooManySharedStrings(part: "xl/sharedStrings.xml", limit: 2),
        .notANumber(part: sheet, cell: "填报!B2", value: "12abc"),
        .badSharedStringIndex(part: sheet, cell: "填报!B2", count: 1, value: "5"),
        .badBoolean(part: sheet, cell: "填报!B2", value: "yes"), .badCellType(part: sheet, cell: "填报!B2", type: "x"),
    ]

    /// Every problem: the samples, malformed XML once per fault, and the shapes an optional value changes.
    static var all: [Problem] {
        problems + faults.map { .malformedXML($0, part: sheet, line: 2, column: 187) } + [
            .sheetNotFound(sheet: "Sheet9", sheets: ["填报", "说明"]),
            .badCellReference(part: sheet, cell: "填报!B3", row: 2, after: nil, reference: "B3"),
        ]
    }

    @Test("every problem and every XML fault has a sample, and a code of its own")
    func distinctCodes() {
        #expect(Set(Self.problems.map(Self.ordinal) + [13]) == Set(0...38))
        #expect(Set(Self.faults.map(Self.ordinal)) == Set(0..<30))
        let codes = (Self.problems + Self.faults.map { .malformedXML($0, part: Self.sheet, line: 1, column: 1) }).map(
            \.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.wholeMatch(of: /[a-z0-9]+(_[a-z0-9]+)*/) != nil })
    }

    @Test("every code has its message, and every workbook message its code")
    func everyCodeHasItsMessage() {
        let codes = Set(Self.all.map { "xlsx.\($0.code)" })
        for code in codes { #expect(IntakeMessage(rawValue: code) != nil, "no message for \(code)") }
        let messages = IntakeMessage.allCases.filter {
            $0.code == "xlsx" && $0 != .xlsxNoSheets && $0 != .xlsxEmptySheet
        }
        #expect(Set(messages.map(\.rawValue)) == codes)
    }

    @Test("the English finding is the reader's sentence, the part named where the sentence does not", arguments: all)
    func english(_ problem: Problem) {
        let error = WorkbookError(problem)
        let finding = WorkbookSubmission.finding(error, fileName: "f.xlsx")
        var found = error.found
        if error.cell == nil, let part = error.part, !found.contains(part), !error.expected.contains(part) {
            found += " in \(part)"
        }
        #expect(finding.code == "xlsx")
        #expect(finding.args["problem"] == .text(problem.code))
        #expect(finding.cell == error.cell)
        #expect(finding.expected(.en) == error.expected)
        #expect(finding.found(.en) == found)
    }

    @Test("the Chinese finding is filled and holds no English but names and the values", arguments: all)
    func chinese(_ problem: Problem) {
        let finding = WorkbookSubmission.finding(WorkbookError(problem), fileName: "f.xlsx")
        var text = finding.message(.zh)
        #expect(!text.contains("{") && !text.contains("}"), "\(problem.code): \(text)")
        for value in problem.values.values.map(\.description).sorted(by: { $0.count > $1.count }) where !value.isEmpty {
            text = text.replacingOccurrences(of: value, with: "…")
        }
        let english = text.matches(of: /[A-Za-z][A-Za-z0-9_]*/).map { String($0.output) }.filter {
            !MessageCatalogueTests.allowedWords.contains($0)
        }
        #expect(english.isEmpty, "\(problem.code): English in \(finding.message(.zh))")
    }

    @Test("numbers are number arguments, the rest text")
    func argumentTypes() {
        let finding = WorkbookSubmission.finding(
            WorkbookError(.tooManyRows(part: Self.sheet, sheet: "01", limit: 100_000, nextRow: 100_001)),
            fileName: "f.xlsx")
        #expect(
            finding.args == [
                "problem": "too_many_rows", "part": .text(Self.sheet), "sheet": "01", "limit": 100_000,
                "next_row": 100_001,
            ])
    }

    /// The problem's place among the cases: a new case fails to compile here until it has a sample.
    static func ordinal(_ problem: Problem) -> Int {
        switch problem {
        case .emptyFile: 0
        case .notAZip: 1
        case .oleFile: 2
        case .fileTooLarge: 3
        case .damagedZip: 4
        case .missingPart: 5
        case .partTooLarge: 6
        case .partTooLargeInflated: 7
        case .checksumMismatch: 8
        case .largerThanDeclared: 9
        case .workbookTooLarge: 10
        case .damagedData: 11
        case .utf16XML: 12
        case .malformedXML: 13
        case .missingContentTypes: 14
        case .missingWorkbookRelationships: 15
        case .externalLink: 16
        case .externalLinkPart: 17
        case .missingWorkbookPart: 18
        case .sheetNotFound: 19
        case .noSheetToRead: 20
        case .notAWorksheet: 21
        case .missingSheetPart: 22
        case .sheetWithoutName: 23
        case .missingSheetRelationship: 24
        case .incompleteRelationship: 25
        case .rowOutOfOrder: 26
        case .rowBeyondLast: 27
        case .tooManyRows: 28
        case .columnBeyondLimit: 29
        case .tooManyCellsInRow: 30
        case .badCellReference: 31
        case .cellTooLong: 32
        case .sharedStringTooLong: 33
        case .tooManySharedStrings: 34
        case .notANumber: 35
        case .badSharedStringIndex: 36
        case .badBoolean: 37
        case .badCellType: 38
        }
    }

    /// The fault's place among the cases: a new case fails to compile here until it has a sample.
    static func ordinal(_ fault: Fault) -> Int {
        switch fault {
        case .textOutsideRoot: 0
        case .endInsideTag: 1
        case .endInsideProcessingInstruction: 2
        case .endInsideComment: 3
        case .endInsideCDATA: 4
        case .cdataOutsideRoot: 5
        case .doctype: 6
        case .unknownDeclaration: 7
        case .lessThanInTag: 8
        case .unclosedElement: 9
        case .noRootElement: 10
        case .elementAfterRoot: 11
        case .tooDeep: 12
        case .slashInTag: 13
        case .noSpaceBeforeAttribute: 14
        case .badElementName: 15
        case .badEndElementName: 16
        case .badEndTag: 17
        case .mismatchedEndTag: 18
        case .endTagAfterRoot: 19
        case .tooManyAttributes: 20
        case .badAttributeName: 21
        case .noEqualsSign: 22
        case .unquotedAttribute: 23
        case .unclosedQuote: 24
        case .lessThanInAttribute: 25
        case .notUTF8: 26
        case .unterminatedReference: 27
        case .invalidCharacterReference: 28
        case .undefinedEntity: 29
        }
    }
}

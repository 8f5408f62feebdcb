import Foundation
import Testing
import XLSX
import ZIPFoundation

/// Opens written workbooks in LibreOffice, when installed, by converting them to CSV: the file must load, and the
/// cells must show as formatted (two decimals, thousands separators), text never evaluated.
/// Without `soffice` on PATH these tests are skipped and reported as skipped, not passed.
@Suite(.enabled(if: LibreOffice.path != nil, "LibreOffice (soffice) is not installed"), .serialized)
struct LibreOfficeTests {
    @Test func reportShowsFormattedCells() throws {
        let csv = try LibreOffice.csv(of: SampleWorkbooks.report())
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "2024年部门收入预算表,,,")
        #expect(lines.contains("一般公共预算,3708.44,3600.00,108.44"))
        #expect(lines.contains("=SUM(A1),-12.00,0.50,7.00"))
        #expect(lines.contains(#""<&>""",1.00,2.00,3.00"#))
        #expect(lines.contains("+1,-1,@x,a\u{FFFD}b"))
        #expect(csv.contains("\" 注：单位万元\n第二行\",一般公共预算,\"1,234.50\""))
    }

    /// LibreOffice keeps the drop-down pointing at the hidden code list, the protection and the unlocked
    /// input cells when it saves the template again: it understood them.
    @Test func templateSurvivesARoundTrip() throws {
        let data = try LibreOffice.convert(SampleWorkbooks.template(), filter: "ods", extension: "ods")
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["content.xml"])
        var content = Data()
        _ = try archive.extract(entry) { content.append($0) }
        let xml = String(decoding: content, as: UTF8.self)
        #expect(xml.contains("table:condition=\"of:cell-content-is-in-list([$代码.$A$2:.$A$4])\""))
        #expect(xml.contains(#"table:protected="true""#))
        #expect(xml.contains(#"style:cell-protect="none""#))
        #expect(xml.contains(#"table:display="false""#), "the code list stays hidden")
    }

    /// Text that looks like Excel's `_xHHHH_` escape stays literal.
    @Test func escapeLookalikeTextStaysLiteral() throws {
        var sheet = Worksheet(name: "S")
        sheet.set(CellReference(row: 1, column: 1), .text("_x0041_"))
        sheet.set(CellReference(row: 1, column: 2), .text("a_x005F_b"))
        #expect(try LibreOffice.csv(of: Workbook(sheets: [sheet])) == "_x0041_,a_x005F_b\n")
    }
}

/// Finds and runs LibreOffice headless.
enum LibreOffice {
    /// The `soffice` executable on PATH, if any.
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The first sheet of `workbook` as LibreOffice exports it to UTF-8 CSV.
    static func csv(of workbook: Workbook) throws -> String {
        let data = try convert(workbook, filter: "csv:Text - txt - csv (StarCalc):44,34,76", extension: "csv")
        return String(decoding: data, as: UTF8.self)
    }

    /// `workbook` loaded and saved again by LibreOffice with `filter`, as the saved file's bytes.
    static func convert(_ workbook: Workbook, filter: String, extension: String) throws -> Data {
        let file = try WrittenPackage(workbook).save(named: "book.xlsx")
        let directory = file.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = [
            // A private profile: a shared one is locked by any other running instance.
            "-env:UserInstallation=\(directory.appendingPathComponent("profile").absoluteString)",
            "--headless", "--convert-to", filter, "--outdir", directory.path,
            file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // Saving over the input is refused by LibreOffice, so an xlsx result goes to a subdirectory.
        return try Data(contentsOf: directory.appendingPathComponent("book.\(`extension`)"))
    }
}

import Foundation
import ReportCheck
import Testing
import ZIPFoundation

@Suite struct ReportReaderTests {
    private func temporary(_ name: String, _ data: Data) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsGB18030Text() throws {
        let text = "支出100万元，其中：基本支出60万元，项目支出30万元。"
        let data = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let document = try ReportReader.read(path: temporary("report.txt", data))
        #expect(summary(ReportChecker().check(document)) == ["sum_mismatch 100万元 → 90万元"])
    }

    @Test func refusesWhatItCannotRead() throws {
        #expect(throws: ReportReadError.unreadable(path: "/nonexistent/report.txt")) {
            try ReportReader.read(path: "/nonexistent/report.txt")
        }
        let pdf = try temporary("report.pdf", Data("%PDF".utf8))
        #expect(throws: ReportReadError.unsupportedType(path: pdf, fileExtension: "pdf")) {
            try ReportReader.read(path: pdf)
        }
        let fake = try temporary("report.docx", Data("not a zip".utf8))
        #expect(throws: ReportReadError.damagedDocx(path: fake, problem: "not_a_zip")) {
            try ReportReader.read(path: fake)
        }
    }

    @Test func readsDocxParagraphsAndTables() throws {
        let path = try temporary(
            "report.docx",
            try MinimalDocx.bytes(
                paragraphs: [
                    "支出3708.44万元，其中基本支出2858.4万元，占77.08%，项目支出850.04万元，占22.92%。"
                ],
                table: [["科目", "决算数"], ["合计", "100.00"], ["201", "60.00"], ["20101", "60.00"], ["205", "30.00"]]))
        let document = try ReportReader.read(path: path)
        #expect(document.paragraphs.count == 6)
        #expect(document.paragraphs[2].cells == ["合计", "100.00"])
        #expect(summary(ReportChecker().check(document)) == ["sum_mismatch 100.00元 → 90.00元"])
    }

    @Test("a 合计 row in a table without classification codes is no sum of every other row")
    func totalWithoutCodes() throws {
        let rows = [
            ["“三公”经费（万元）", "年初预算", "决算"], ["公务接待费", "13.45", "3.66"], ["公务用车购置及运行费", "49.00", "25.67"],
            ["其中：公务用车运行维护费", "49.00", "25.67"], ["合计", "62.45", "29.33"],
        ]
        let path = try temporary("three.docx", try MinimalDocx.bytes(paragraphs: [], table: rows))
        #expect(summary(ReportChecker().check(try ReportReader.read(path: path))) == [])
    }

    /// A benchmark, not a timed test: prints how long twenty pages take.
    @Test func twentyPagesBenchmark() throws {
        let page = Array(
            repeating: "支出3708.44万元，其中基本支出2858.4万元，占77.08%，项目支出850.04万元，占22.92%，较上年增加404.38万元，增长12.24%。", count: 12)
        let rows = [["科目", "决算数"], ["合计", "90.00"], ["201", "60.00"], ["205", "30.00"]]
        let path = try temporary(
            "long.docx",
            try MinimalDocx.bytes(paragraphs: Array(repeating: page, count: 20).flatMap { $0 }, table: rows))
        let start = ContinuousClock.now
        let findings = ReportChecker().check(try ReportReader.read(path: path))
        let elapsed = ContinuousClock.now - start
        print("check-report benchmark: 20 pages (240 paragraphs) in \(elapsed)")
        #expect(findings.isEmpty)
    }
}

/// A minimal WordprocessingML package: content types and `word/document.xml` with paragraphs and one table.
enum MinimalDocx {
    static func bytes(paragraphs: [String], table: [[String]]) throws -> Data {
        let body =
            paragraphs.map(paragraph).joined()
            + "<w:tbl>"
            + table.map { "<w:tr>" + $0.map { "<w:tc>" + paragraph($0) + "</w:tc>" }.joined() + "</w:tr>" }.joined()
            + "</w:tbl>"
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let types = """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """
        let archive = try Archive(accessMode: .create)
        for (path, text) in [("[Content_Types].xml", types), ("word/document.xml", document)] {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    private static func paragraph(_ text: String) -> String {
        "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }
}

import Foundation
import Testing

@testable import HuizongCore

@Suite("Submission parser: well-formed files")
struct IntakeParserTests {
    @Test("the spec's example parses with no findings into the right typed lines")
    func example() {
        let parsed = IntakeFixture.parse(IntakeFixture.example)
        #expect(parsed.report.findings.map(\.text) == [])
        #expect(!parsed.report.hasErrors)
        #expect(parsed.report.encoding == .utf8)
        #expect(parsed.report.records == 15)
        #expect(parsed.report.unitCode == "401002")
        #expect(parsed.report.fiscalYear == 2022)
        #expect(parsed.lines == IntakeFixture.exampleLines)
        #expect(parsed.lines[3].actual?.description == "17.00")
    }

    @Test("GB18030 with Chinese headers and enumerations gives the same lines")
    func gb18030Chinese() {
        let bytes = IntakeFixture.gb18030Bytes(IntakeFixture.exampleInChinese)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let parsed = IntakeFixture.parse(bytes)
        #expect(parsed.report.findings.map(\.text) == [])
        #expect(parsed.report.encoding == .gb18030)
        #expect(parsed.report.unitCode == "401002")
        #expect(parsed.lines == IntakeFixture.exampleLines)
    }

    @Test("GB18030 with English headers and CRLF")
    func gb18030CRLF() {
        let text = IntakeFixture.example.replacingOccurrences(of: "\n", with: "\r\n")
        let parsed = IntakeFixture.parse(IntakeFixture.gb18030Bytes(text))
        #expect(parsed.report.findings.map(\.text) == [])
        #expect(parsed.report.encoding == .gb18030)
        #expect(parsed.lines == IntakeFixture.exampleLines)
    }

    @Test("GB18030 takes 0x80 for €, as Windows code page 936 writes it")
    func gb18030Euro() {
        let bytes = Array("section,item,text\nmeta,preparer,".utf8) + [0x80, 0xD5, 0xC5]
        let parsed = IntakeFixture.parse(bytes)
        #expect(parsed.report.encoding == .gb18030)
        #expect(parsed.lines.map(\.text) == ["€张"])
    }

    @Test("a UTF-8 byte order mark is stripped and remembered")
    func byteOrderMark() {
        let parsed = IntakeFixture.parse([0xEF, 0xBB, 0xBF] + Array(IntakeFixture.example.utf8))
        #expect(parsed.report.findings.map(\.text) == [])
        #expect(parsed.report.encoding == .utf8BOM)
        #expect(parsed.lines == IntakeFixture.exampleLines)
    }

    @Test("CRLF line ends, with and without a final line end")
    func crlf() {
        let text = IntakeFixture.example.replacingOccurrences(of: "\n", with: "\r\n")
        // "\r\n" is a single Character, so dropLast() removes the whole line end
        for variant in [text, String(text.dropLast())] {
            let parsed = IntakeFixture.parse(variant)
            #expect(parsed.report.findings.map(\.text) == [])
            #expect(parsed.lines == IntakeFixture.exampleLines)
        }
    }

    @Test("quoted fields hold commas, quotes and line ends; later line numbers stay physical")
    func quotedFields() {
        let text = """
            section,item,text,actual
            meta,unit_name,"工信局, 本级",
            meta,head,"line one
            line two ""quoted""\",
            income,other,,"1,234.56"

            income,business,,x

            """
        let parsed = IntakeFixture.parse(text)
        #expect(
            parsed.lines == [
                SubmissionLine(line: 2, section: .meta, item: "unit_name", text: "工信局, 本级"),
                SubmissionLine(
                    line: 3, section: .meta, item: "head", text: "line one\nline two \"quoted\""),
                SubmissionLine(line: 5, section: .income, item: "other", actual: Fen(123_456)),
            ])
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "amount", line: 7, column: "actual", expected: IntakeFixture.amountExpected, found: "x")
            ])
        #expect(parsed.report.records == 4)
    }

    @Test("columns in any order, surrounding spaces trimmed, missing columns empty")
    func columnOrder() {
        let text = "actual , 表 ,item\n 12.5 , income ,  appropriation\n"
        let parsed = IntakeFixture.parse(text)
        #expect(parsed.report.findings.map(\.text) == [])
        #expect(
            parsed.lines == [
                SubmissionLine(line: 2, section: .income, item: "appropriation", actual: Fen(1250))
            ])
    }

    @Test("records with errors are not handed on; the others are, in order")
    func streaming() {
        let text = IntakeFixture.oneRow("income,other,1") + "income,other,1.234\nincome,business,2\n"
        let parsed = IntakeFixture.parse(text)
        #expect(parsed.lines.map(\.line) == [2, 4])
        #expect(parsed.report.records == 3)
        #expect(parsed.report.findings.map(\.line) == [3])
    }

    @Test("an error thrown by onLine stops parsing and reaches the caller")
    func onLineThrows() {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try SubmissionParser(fileName: "unit.csv").parse(Array(IntakeFixture.example.utf8)) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test("a large file streams every record")
    func largeFile() {
        var text = "section,kind,func_code,econ_code,budget_final,actual\n"
        for index in 0..<20_000 {
            text += "expenditure,basic,2150508,\(30000 + index % 100),\(index).50,\(index)\n"
        }
        var count = 0
        var total: Int64 = 0
        let report = SubmissionParser(fileName: "big.csv").parse(Array(text.utf8)) { line in
            count += 1
            total += line.actual?.value ?? 0
        }
        #expect(report.findings.map(\.text) == [])
        #expect(report.records == 20_000)
        #expect(count == 20_000)
        #expect(total == 19_999 * 20_000 / 2 * 100)
    }
}

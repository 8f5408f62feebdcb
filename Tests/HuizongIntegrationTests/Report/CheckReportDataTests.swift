import Foundation
import Testing

/// `huizong check-report` as the office runs it, through the binary: the reference report with and without the
/// reference department's data, a figure that disagrees with the data, the JSON, the refusals, and the report
/// Huizong writes checked against its own data.
@Suite("huizong check-report against the data") struct CheckReportDataTests {
    /// The reference report's text, kept beside the reference department's submissions.
    static let reference = TestDatabase.files.root.appendingPathComponent(
        "samples/reference-department/2022-self-evaluation-report.txt")

    static let note =
        "33:25 note sum_rounding: the parts 1776.59万元 + 318.19万元 + 760.1万元 + 3.53万元 add to 2858.41万元 "
        + "against the total 2858.4万元: a rounding difference (尾差) of 0.01万元, within half a unit for each of "
        + "the 5 rounded figures"
    static let unsupported =
        "448:1 warning rate_unsupported: no figure in the data gives the rate 98% stated for 公用经费控制率: "
        + "the data gives 100.00%"

    /// The first line of each finding.
    static func lines(_ output: String) -> [String] {
        output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init)
    }

    static func write(_ text: String, _ name: String) throws -> String {
        let file = try HuizongBinary.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test("the reference report: the 0.01 note and the unsupported 98 %, nothing else; without data the note")
    func referenceReport() throws {
        let demo = try DemoRun()
        let path = Self.reference.path
        let checked = try HuizongBinary.run(
            ["check-report", path, "--unit", "401", "--year", "2022"], database: demo.database)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(Self.lines(checked.stdout) == [Self.note, Self.unsupported])
        #expect(checked.stdout.contains("\n    「98%」\n"))
        let alone = try HuizongBinary.run(["check-report", path], database: nil)
        #expect(alone.status == 0)
        #expect(Self.lines(alone.stdout) == [Self.note])
        let chinese = try HuizongBinary.run(
            ["check-report", path, "--unit", "401", "--year", "2022", "--lang", "zh"], database: demo.database)
        #expect(
            Self.lines(chinese.stdout).last
                == "448:1 警告 rate_unsupported: 数据中没有任何数能得出 公用经费控制率 的 98%，按数据应为 100.00%")
    }

    @Test("JSON: the keys of each finding, the data's figure as an exact decimal")
    func json() throws {
        let demo = try DemoRun()
        let result = try HuizongBinary.run(
            ["check-report", Self.reference.path, "--unit", "401", "--year", "2022", "--format", "json"],
            database: demo.database)
        #expect(result.status == 0)
        let findings = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(findings.map { $0["code"] as? String } == ["sum_rounding", "rate_unsupported"])
        for finding in findings {
            #expect(
                Set(finding.keys)
                    == ["code", "severity", "paragraph", "offset", "quote", "printed", "expected", "args", "message"])
        }
        let rate = findings[1]
        #expect(rate["severity"] as? String == "warning")
        #expect(rate["paragraph"] as? Int == 448)
        #expect(rate["offset"] as? Int == 1)
        #expect(rate["quote"] as? String == "98%")
        #expect(rate["printed"] as? String == "98%")
        #expect(rate["expected"] as? String == "100.00%")
        let args = try #require(rate["args"] as? [String: Any])
        #expect(args["key"] as? String == "cost_indicators.public_funds_control_rate")
        #expect(args["name"] as? String == "公用经费控制率")
        #expect((args["expected"] as? [String: String]) == ["value": "100.00", "unit": "%"])
    }

    @Test("a figure the data contradicts is one error with both figures, exit 1; its right neighbours pass")
    func wrongFigure() throws {
        let demo = try DemoRun()
        let text = """
            二、一般公共预算支出情况
            我局2022年一般公共预算财政拨款收入3681.22万元，其他收入1.17万元，事业收入15.54万元，年初结转和结余10.6万元。
            （三）部门人员编制
            2022年末，市工信局系统共有人员编制93名，2022年末实有在职人数107人。其中：市无线电监测站全额拨款事业编制17名，年末实有在职人数17人。
            """
        let result = try HuizongBinary.run(
            ["check-report", try Self.write(text, "wrong.txt"), "--unit", "401", "--year", "2022"],
            database: demo.database)
        #expect(result.status == 1)
        #expect(
            Self.lines(result.stdout) == ["2:44 error data_mismatch: 事业收入 is 15.45万元 in the data, not 15.54万元"])
    }

    @Test("the report Huizong writes, checked against its own data: no error (the 0.01 note only)")
    func generatedReport() throws {
        let demo = try DemoRun()
        let report = try HuizongBinary.run(
            ["report", "--unit", "401", "--year", "2022", "--format", "md"], database: demo.database)
        try #require(report.status == 0, "\(report.stderr)")
        let path = try Self.write(report.stdout, "report.md")
        let result = try HuizongBinary.run(
            ["check-report", path, "--unit", "401", "--year", "2022"], database: demo.database)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(
            Self.lines(result.stdout).map { $0.split(separator: " ").prefix(3).joined(separator: " ") }.allSatisfy {
                $0.hasSuffix("note sum_rounding:")
            })
        #expect(!result.stdout.isEmpty)
    }

    @Test("refusals through the binary: a missing file, a non-report file, a year without a run; exit 2")
    func refusals() throws {
        let missing = try HuizongBinary.run(["check-report", "/nonexistent/report.docx"], database: nil)
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == "cannot read /nonexistent/report.docx\n")
        let csv = try Self.write("a,b\n1,2\n", "table.csv")
        let wrongType = try HuizongBinary.run(["check-report", csv], database: nil)
        #expect(wrongType.status == 2)
        #expect(wrongType.stderr == "\(csv): a .csv file; check-report reads .docx, .txt and .md\n")
        let fake = try Self.write("not a zip", "fake.docx")
        let damaged = try HuizongBinary.run(["check-report", fake], database: nil)
        #expect(damaged.status == 2)
        #expect(damaged.stderr.hasPrefix("\(fake): not a readable DOCX file ("))
        let demo = try DemoRun()
        let noRun = try HuizongBinary.run(
            ["check-report", Self.reference.path, "--unit", "401", "--year", "2023"], database: demo.database)
        #expect(noRun.status == 2)
        #expect(
            noRun.stderr
                == "huizong: no finished run for 401 in 2023: run `huizong run --unit 401 --year 2023` first\n")
        let half = try HuizongBinary.run(["check-report", Self.reference.path, "--unit", "401"], database: nil)
        #expect(half.status == 64)
        #expect(half.stderr.contains("--unit and --year go together"))
    }
}

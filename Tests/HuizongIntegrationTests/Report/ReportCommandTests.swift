import Foundation
import Testing

/// `huizong report` as a user runs it: the refusals, the draft, an earlier run, the prose.
@Suite("huizong report") struct ReportCommandTests {
    @Test("no run for the year: refused with exit 2 and the exact message")
    func noRun() throws {
        let demo = try DemoRun()
        let result = try HuizongBinary.run(["report", "--unit", "401", "--year", "2023"], database: demo.database)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "huizong: no finished run for 401 in 2023: run `huizong run --unit 401 --year 2023` first\n")
    }

    @Test("an incomplete run is refused without --draft; a draft says so in every section; --run N the complete one")
    func incompleteRun() throws {
        let demo = try DemoRun()
        let database = demo.database
        let added = try HuizongBinary.run(
            ["unit", "add", "401005", "--name", "新单位", "--parent", "401"], database: database)
        try #require(added.status == 0, "\(added.stderr)")
        let run = try HuizongBinary.run(["run", "--unit", "401", "--year", "2022"], database: database)
        #expect(run.status == 3, "incomplete: \(run.stderr)")
        let current = try #require(
            try database.scalar(
                "select id::text from pipeline.current_run where node_code = '401' and fiscal_year = 2022"))
        let refused = try HuizongBinary.run(["report", "--unit", "401", "--year", "2022"], database: database)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr
                == "huizong: run \(current) of 401 for 2022 is incomplete (no accepted submission from 401005): "
                + "the report needs a complete run; --draft writes a draft\n")
        let chinese = try HuizongBinary.run(
            ["report", "--unit", "401", "--year", "2022"], database: database, environment: ["HUIZONG_LANG": "zh"])
        #expect(
            chinese.stderr
                == "huizong: 单位 401 2022 年度的汇总 #\(current) 不完整（缺少单位：401005），自评报告需要完整的汇总；如需草稿，请加 --draft。\n")

        let draft = try HuizongBinary.run(
            ["report", "--unit", "401", "--year", "2022", "--draft", "--format", "md"], database: database)
        #expect(draft.status == 0, "\(draft.stderr)")
        let banner = "> 草稿：汇总 #\(current) 不完整（缺少单位：401005），不得作为正式报告报送。"
        let sections = draft.stdout.components(separatedBy: "\n## ").dropFirst()
        #expect(sections.count == 9)
        for section in sections { #expect(section.contains(banner), "no draft line in \(section.prefix(20))") }
        let json = try HuizongBinary.run(
            ["report", "--unit", "401", "--year", "2022", "--draft"], database: database)
        let object = try JSONFile.object(json.stdout)
        #expect(object["draft"] as? Bool == true)
        #expect(object["complete"] as? Bool == false)
        #expect(object["missing_units"] as? [String] == ["401005"])
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.first?["code"] as? String == "draft")
        #expect(ReportNumbers.unmatched(in: draft.stdout, json: object).isEmpty)

        let earlier = try #require(
            try database.scalar(
                "select max(id)::text from pipeline.run where node_code = '401' and fiscal_year = 2022 and complete"))
        let output = try HuizongBinary.temporaryDirectory().appendingPathComponent("report.json")
        let old = try HuizongBinary.run(
            ["report", "--unit", "401", "--year", "2022", "--run", earlier, "-o", output.path], database: database)
        #expect(old.status == 0, "\(old.stderr)")
        let report = try JSONFile.object(output)
        #expect(report["run"] as? Int == Int(earlier))
        #expect(report["complete"] as? Bool == true)
        #expect(ReportReferenceTests.value(report, "expenditure.total") as? String == "3708.44")
    }

    @Test("the office's prose is stored in the database and inserted as written; an empty file is refused")
    func prose() throws {
        let demo = try DemoRun()
        let directory = try HuizongBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("basic.md")
        let text = "### （一）部门职能\n\n主要工作职责包括：拟订全市工业和信息化发展战略（共14项）。\n\n### （二）部门机构设置\n\n内设机构16个。\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let saved = try HuizongBinary.run(
            ["report", "prose", "--unit", "401", "--year", "2022", "--part", "basic-info", file.path],
            database: demo.database)
        #expect(saved.status == 0, "\(saved.stderr)")
        let printed = try HuizongBinary.run(
            ["report", "prose", "--unit", "401", "--year", "2022", "--part", "basic-info"], database: demo.database)
        #expect(printed.stdout == text)
        let markdown = try HuizongBinary.run(
            ["report", "--unit", "401", "--year", "2022", "--format", "md"], database: demo.database)
        #expect(markdown.stdout.contains("## 一、基本情况\n\n" + text + "\n### （三）部门人员编制"))
        #expect(markdown.stdout.contains("（六、部门整体支出绩效情况及以后各部分由办公室撰写，尚未填写。）"))
        let json = try JSONFile.object(
            try HuizongBinary.run(["report", "--unit", "401", "--year", "2022"], database: demo.database).stdout)
        #expect(ReportReferenceTests.value(json, "prose.basic_info") as? String == text)
        let parts = (json["notes"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "prose_missing" }
        #expect(parts.compactMap { ($0["args"] as? [String: Any])?["part"] as? String } == ["performance"])

        let empty = directory.appendingPathComponent("empty.md")
        try " \n".write(to: empty, atomically: true, encoding: .utf8)
        let refused = try HuizongBinary.run(
            ["report", "prose", "--unit", "401", "--year", "2022", "--part", "performance", empty.path],
            database: demo.database)
        #expect(refused.status == 1)
        #expect(refused.stderr == "huizong: the prose file is empty\n")
        let unknown = try HuizongBinary.run(
            ["report", "prose", "--unit", "999", "--year", "2022", "--part", "performance", file.path],
            database: demo.database)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "huizong: unknown unit 999\n")
    }
}

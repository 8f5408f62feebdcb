import Foundation
import Testing

/// `huizong export explanations`: the run's warnings with the units' explanations and the
/// office's decisions, in every format, hashed in the run's manifest as the run saw them.
@Suite("explanations export") struct ExplanationExportTests {
    static let headings =
        "单位代码,单位名称,文件,位置,规则代码,规则名称,问题编号,问题描述,审核说明,说明人,说明时间,说明来源,审定结果,审定意见,审定人,审定时间"

    @Test("json: every warning with its finding, explanation, decision and state; unexplained ones null")
    func json() throws {
        let fixture = try ExplanationExportFixture()
        let object = try JSONFile.object(try fixture.export("json"))
        #expect(object["fiscal_year"] as? Int == 2022 && object["complete"] as? Bool == true)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["line"] as? Int } == [13, 15, 16])
        #expect(rows.map { $0["state"] as? String } == ["已接受", "未审定", "未说明"])
        #expect(rows.map { $0["id"] as? String } == [13, 15, 16].map { fixture.findings[$0] })
        let first = rows[0]
        #expect(first["unit"] as? String == "401002" && first["unit_name"] as? String == "益阳市无线电监测站")
        #expect(first["file"] as? String == RuleFixture.fileName && first["location"] as? String == "第13行 决算数")
        #expect(first["code"] as? String == "actual_over_budget" && first["name"] as? String == "决算超预算")
        #expect((first["message"] as? String)?.hasPrefix("应为") == true)
        #expect(first["message_en"] as? String == "expected at most budget_final 875000.00, found 900000.00")
        #expect(first["item"] is [String: Any])
        #expect((first["args"] as? [String: Any])?["actual"] as? String == "900000.00")
        #expect(rows.map { $0["code"] as? String } == ["actual_over_budget", "prior_year_change", "prior_year_change"])
        let explanation = try #require(first["explanation"] as? [String: Any])
        #expect(explanation["text"] as? String == ExplanationExportFixture.accepted)
        #expect(explanation["written_by"] as? String == "a401002" && explanation["origin"] is NSNull)
        #expect((explanation["written_at"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        let decision = try #require(explanation["decision"] as? [String: Any])
        #expect(decision["verdict"] as? String == "accepted" && decision["label"] as? String == "已接受")
        #expect(decision["comment"] as? String == ExplanationExportFixture.comment)
        #expect(decision["decided_by"] as? String == "office401" && decision["decided_at"] is String)
        #expect((rows[1]["explanation"] as? [String: Any])?["decision"] is NSNull)
        #expect(rows[2]["explanation"] is NSNull)
    }

    @Test("csv: Chinese headings, one row per warning, formula text prefixed, multi-line text quoted")
    func csv() throws {
        let fixture = try ExplanationExportFixture()
        let bytes = Array(try Data(contentsOf: try fixture.export("csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let records = LibreOffice.records(text.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(records.first == Self.headings.split(separator: ",").map(String.init))
        #expect(records.count == 4)
        let (accepted, formula, open) = (records[1], records[2], records[3])
        #expect(accepted.count == 16 && formula.count == 16 && open.count == 16)
        #expect(accepted[8] == ExplanationExportFixture.accepted.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(Array(accepted[12...14]) == ["已接受", ExplanationExportFixture.comment, "office401"])
        #expect(text.contains(",\"上年结转资金增加，因项目延期。\r\n已补充项目说明\",a401002,"))
        #expect(formula[8] == "'=1+1" && formula[12] == "未审定" && formula[13].isEmpty)
        #expect(open[3] == "第16行 决算数" && open[8].isEmpty && open[12] == "未说明")
        #expect(
            Array(open[0...6]) == [
                "401002", "益阳市无线电监测站", RuleFixture.fileName, "第16行 决算数", "prior_year_change", "与上年比较",
                fixture.findings[16]!,
            ])
    }

    @Test("md: a title and one table row per warning, line breaks flattened")
    func markdown() throws {
        let fixture = try ExplanationExportFixture()
        let lines = try String(contentsOf: try fixture.export("md"), encoding: .utf8).split(separator: "\n")
            .map(String.init)
        #expect(lines.first == "# 益阳市工业和信息化局2022年度审核说明")
        #expect(lines.contains("| " + Self.headings.replacingOccurrences(of: ",", with: " | ") + " |"))
        let rows = lines.filter { $0.hasPrefix("| 401002 |") }
        #expect(rows.count == 3)
        #expect(rows[0].contains(" | 上年结转资金增加，因项目延期。 已补充项目说明 | a401002 | "))
        #expect(rows[0].contains(" | 已接受 | \(ExplanationExportFixture.comment) | office401 | "))
        #expect(rows[1].contains(" | =1+1 | a401002 | ") && rows[1].contains(" | 未审定 |  |  |  |"))
        #expect(rows[2].contains(" | 未说明 |"))
    }

    @Test("xlsx: sheet 审核说明, heading row, a text cell per value; =1+1 stays text, as LibreOffice shows")
    func xlsx() throws {
        let fixture = try ExplanationExportFixture()
        let url = try fixture.export("xlsx")
        #expect(try WorkbookSheet.names(url) == ["审核说明"])
        let sheet = try WorkbookSheet(url)
        #expect(sheet.text("A1") == "益阳市工业和信息化局2022年度审核说明")
        let headings = Self.headings.split(separator: ",").map(String.init)
        let letters = "ABCDEFGHIJKLMNOP".map(String.init)
        #expect(letters.map { sheet.text("\($0)2") } == headings)
        #expect(sheet.rows == [1, 2, 3, 4, 5])
        #expect(sheet.text("I3") == ExplanationExportFixture.accepted && sheet.text("M3") == "已接受")
        #expect(sheet.text("I4") == "=1+1" && sheet.cells["I4"]?.formula == nil)
        #expect(sheet.text("M4") == "未审定" && sheet.text("M5") == "未说明" && sheet.text("I5") == nil)
        #expect(sheet.text("G5") == fixture.findings[16] && sheet.text("D5") == "第16行 决算数")
        guard LibreOffice.available else { return }
        let shown = try LibreOffice.sheetsAsCSV([url], into: fixture.directory.appendingPathComponent("lo"))
        let records = LibreOffice.records(try #require(shown["explanations-审核说明.csv"]))
        #expect(records.count == 5 && records[1] == headings)
        #expect(records[3][8] == "=1+1", "LibreOffice shows the text as typed")
    }

    @Test("manifest: the four exports hashed as the run saw them; later words show with --live and in the next run")
    func manifest() throws {
        let fixture = try ExplanationExportFixture()
        let db = fixture.db
        let names = try db.scalar(
            "select string_agg(name, ',' order by name) from pipeline.run_export where run_id = 1 and name like 'explanations.%'"
        )
        #expect(names == "explanations.csv,explanations.json,explanations.md,explanations.xlsx")
        for format in ["json", "csv", "md", "xlsx"] {
            let stored = try db.scalar(
                "select sha256 from pipeline.run_export where run_id = 1 and name = $1",
                [.text("explanations.\(format)")])
            #expect(try fixture.sha256(try fixture.export(format)) == stored, "\(format)")
        }
        try fixture.explain(line: 16, "采购计划调整")
        try fixture.explanations.decide(
            submission: fixture.submission, finding: fixture.findings[15]!, verdict: .rejected, comment: "请说明原因",
            actor: "office401")
        let asRun = try JSONFile.object(try fixture.export("json", name: "as-run.json"))
        #expect((asRun["rows"] as? [[String: Any]])?.map { $0["state"] as? String } == ["已接受", "未审定", "未说明"])
        let live = try JSONFile.object(try fixture.export("json", name: "live.json", ["--live"]))
        #expect((live["rows"] as? [[String: Any]])?.map { $0["state"] as? String } == ["已接受", "不接受", "未审定"])
        try fixture.run()
        let next = try fixture.export("json", name: "next.json")
        #expect(
            try Data(contentsOf: next) == (try Data(contentsOf: fixture.directory.appendingPathComponent("live.json"))))
        let old = try fixture.export("json", name: "old.json", ["--run", "1"])
        #expect(
            try fixture.sha256(old)
                == (try db.scalar(
                    "select sha256 from pipeline.run_export where run_id = 1 and name = 'explanations.json'")))
    }

    @Test("rerun on unchanged data: byte-identical files in every format")
    func byteIdentical() throws {
        let fixture = try ExplanationExportFixture()
        for format in ["json", "csv", "md", "xlsx"] {
            let first = try Data(contentsOf: try fixture.export(format, name: "first.\(format)"))
            let second = try Data(contentsOf: try fixture.export(format, name: "second.\(format)"))
            #expect(first == second, "\(format)")
        }
        try fixture.run()
        #expect(
            try fixture.db.scalar(
                """
                select count(*) from pipeline.run_export a join pipeline.run_export b using (name)
                where a.run_id = 1 and b.run_id = 2 and a.name like 'explanations.%' and a.sha256 = b.sha256
                """) == "4")
    }
}

import Foundation
import Testing

/// The reference department's report, as `huizong demo` writes it into `out/`: every figure
/// of `spec/report.md`'s table, to the string, and the Markdown's numbers all from the JSON.
@Suite("self-evaluation report of the reference department") struct ReportReferenceTests {
    /// Key path → the spec's value: 万元 or rate text, or a whole number (`#93`).
    static let scalars: [(String, String)] = [
        ("unit", "401"), ("year", "#2022"), ("staffing.authorized", "#93"), ("staffing.actual", "#107"),
        ("staffing.excluded", "#16"),
        ("staffing.control_rate", "97.85"),
        ("income.general_public", "3681.22"), ("income.business", "15.45"), ("income.other", "1.17"),
        ("income.carryover", "10.60"), ("income.total", "3708.44"),
        ("expenditure.total", "3708.44"), ("expenditure.basic", "2858.40"), ("expenditure.project", "850.04"),
        ("expenditure.basic_share", "77.08"), ("expenditure.project_share", "22.92"),
        ("basic.initial", "1524.95"), ("basic.adjustment", "1333.45"), ("basic.actual", "2858.40"),
        ("three_public.budget", "62.45"), ("three_public.actual", "29.33"), ("three_public.saving", "33.12"),
        ("project.initial", "55.52"), ("project.adjustment", "794.52"), ("project.actual", "850.04"),
        ("funds.initial", "1580.47"), ("funds.final", "3708.44"), ("funds.actual", "3708.44"),
        ("funds.execution_rate", "100.00"), ("funds.general_public", "3681.22"), ("funds.government_fund", "0.00"),
        ("funds.other", "27.22"),
    ]

    @Test("every figure of spec/report.md's table, to the string, with its exact yuan")
    func everyFigure() throws {
        let demo = try DemoRun()
        let report = try JSONFile.object(demo.out.appendingPathComponent("report-401-2022.json"))
        for (path, expected) in Self.scalars {
            let value = Self.value(report, path)
            if expected.hasPrefix("#") {
                #expect(value as? Int == Int(expected.dropFirst()), "\(path)")
            } else {
                #expect(value as? String == expected, "\(path)")
            }
        }
        #expect(report["complete"] as? Bool == true)
        #expect(report["draft"] as? Bool == false)
        #expect(Self.value(report, "run") as? Int != nil)
        #expect(Self.value(report, "income.general_public_yuan") as? String == "36812200.00")
        #expect(Self.value(report, "basic.actual_yuan") as? String == "28584000.00")
        #expect(Self.value(report, "funds.government_fund_yuan") as? String == "0.00")
        // 纳入专户管理的非税收入: the submission format has no such item, so no figure (spec says 0.00).
        #expect(Self.value(report, "funds.special_account") is NSNull)
        #expect((report["indicators"] as? [Any])?.count == 26, "the seed's rows, loaded by the demo")
        #expect(Self.value(report, "score.total") as? Int == 99)
        #expect(Self.value(report, "score.max") as? Int == 100)
    }

    @Test("the lists: by class, by unit, 三公 parts, staffing units, cost indicators")
    func lists() throws {
        let demo = try DemoRun()
        let report = try JSONFile.object(demo.out.appendingPathComponent("report-401-2022.json"))
        func amounts(_ path: String, _ field: String = "amount") -> [String] {
            (Self.value(report, path) as? [[String: Any]] ?? []).map {
                "\($0["code"] ?? $0["key"] ?? "?") \($0[field] as? String ?? "null")"
            }
        }
        #expect(amounts("basic.by_econ") == ["301 1776.59", "302 318.19", "303 760.10", "310 3.53"])
        #expect(
            (Self.value(report, "basic.by_econ") as? [[String: Any]])?.compactMap { $0["amount_yuan"] as? String }
                == ["17765860.00", "3181860.00", "7600980.00", "35300.00"])
        #expect(amounts("basic.by_unit") == ["401001 1446.64", "401002 295.62", "401003 225.87", "401004 890.27"])
        #expect(amounts("project.by_econ") == ["301 0.00", "302 837.42", "303 0.00", "310 12.62"])
        #expect(
            amounts("project.by_func") == [
                "201 27.34", "206 33.84", "207 200.00", "210 31.00", "211 10.00", "215 546.86", "224 1.00",
            ])
        #expect(amounts("three_public.parts", "budget") == ["overseas 0.00", "reception 13.45", "vehicles 49.00"])
        #expect(amounts("three_public.parts", "actual") == ["overseas 0.00", "reception 3.66", "vehicles 25.67"])
        #expect(Self.value(report, "three_public.vehicle_count") as? Int == 8)
        let units = try #require(Self.value(report, "staffing.units") as? [[String: Any]])
        #expect(
            units.map { "\($0["code"]!) \($0["authorized"]!)/\($0["actual"]!)/\($0["excluded"]!)" } == [
                "401001 54/59/5", "401002 17/17/0", "401003 12/11/0", "401004 10/20/11",
            ])
        let indicators = try #require(report["cost_indicators"] as? [[String: Any]])
        #expect(
            indicators.map { "\($0["key"]!) \($0["value"]!)" } == [
                "staff_control_rate 97.85", "three_public_control_rate 46.97", "public_funds_control_rate 100.00",
                "procurement_execution_rate 100.00",
            ], "公用经费控制率 is 100.00 from the data, not the seed's unsupported 98")
    }

    @Test("the 0.01 of 基本支出 by economic class is a note, and no part is adjusted")
    func roundingNote() throws {
        let demo = try DemoRun()
        let report = try JSONFile.object(demo.out.appendingPathComponent("report-401-2022.json"))
        let notes = try #require(report["notes"] as? [[String: Any]])
        let rounding = notes.filter { $0["code"] as? String == "rounding_parts" }
        #expect(rounding.count == 1, "only basic.by_econ differs: \(rounding)")
        let note = try #require(rounding.first)
        let args = try #require(note["args"] as? [String: Any])
        #expect(args["figure"] as? String == "basic.by_econ")
        #expect(args["parts_sum"] as? String == "2858.41")
        #expect(args["total"] as? String == "2858.40")
        #expect(args["difference"] as? String == "0.01")
        #expect((note["zh"] as? String)?.contains("各项按万元四舍五入，合计与总额相差0.01万元") == true)
        #expect((note["en"] as? String)?.contains("2858.41 against the total 2858.40") == true)
        let markdown = try String(contentsOf: demo.out.appendingPathComponent("report-401-2022.md"), encoding: .utf8)
        #expect(markdown.contains("工资福利支出1776.59万元，商品和服务支出318.19万元，对个人和家庭的补助760.10万元，资本性支出3.53万元。"))
        #expect(markdown.contains("> 注：基本支出按经济科目划分：各项按万元四舍五入，合计与总额相差0.01万元"))
        #expect(notes.contains { $0["code"] as? String == "not_in_format" })
    }

    @Test("the Markdown: sections in the reference report's order, and every number is a value of the JSON")
    func markdownNumbers() throws {
        let demo = try DemoRun()
        let report = try JSONFile.object(demo.out.appendingPathComponent("report-401-2022.json"))
        let markdown = try String(contentsOf: demo.out.appendingPathComponent("report-401-2022.md"), encoding: .utf8)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(
            headings == [
                "## 一、基本情况", "## 二、一般公共预算支出情况", "## 三、政府性基金预算支出情况", "## 四、国有资本经营预算支出情况",
                "## 五、社会保险基金预算支出情况", "## 六、部门整体支出绩效情况", "## 说明", "## 附件1", "## 附件2",
            ])
        #expect(markdown.contains("本单位无政府性基金预算支出。"))
        #expect(markdown.contains("全年收入总计3708.44万元。2022年支出3708.44万元，其中基本支出2858.40万元，占77.08%"))
        #expect(markdown.contains("| 支出总额 | 3304.06 | 3708.44 | 3708.44 |"), "attachment 1 is the base-data table")
        let unmatched = ReportNumbers.unmatched(in: markdown, json: report)
        #expect(unmatched.isEmpty, "numbers in the Markdown that are no value of the JSON: \(unmatched)")
        #expect(ReportNumbers.tokens(in: markdown).count > 150)
    }

    /// The value at a dotted key path of a JSON object.
    static func value(_ object: [String: Any], _ path: String) -> Any? {
        var current: Any? = object
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return current
    }
}

/// The numbers of a rendered report, and the check that each is a value of its JSON.
enum ReportNumbers {
    /// Every number as printed (`1776.59`, `2023.3.20`, `0737-4226318`, `-12.00`), but not the
    /// digits of a code that starts with letters (`B000001`), nor the headings' 附件 numbers.
    static func tokens(in text: String) -> [String] {
        let cleaned = text.replacingOccurrences(of: "附件1", with: "").replacingOccurrences(of: "附件2", with: "")
        let pattern = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9.])-?[0-9]+(?:[.-][0-9]+)*")
        let range = NSRange(cleaned.startIndex..., in: cleaned)
        return pattern.matches(in: cleaned, range: range).compactMap {
            Range($0.range, in: cleaned).map { String(cleaned[$0]) }
        }
    }

    /// The tokens of `text` that equal no string or number anywhere in `json`. Texts of the
    /// JSON (names, labels, notes) are taken out of `text` first: their digits are words
    /// (基准预算单位000001), and a text printed as a whole is a value of the JSON itself.
    static func unmatched(in text: String, json: Any) -> [String] {
        var values = Set<String>()
        collect(json, into: &values)
        var rest = text
        let words = values.filter { $0.count > 1 && $0.contains { !"0123456789.-".contains($0) } }
        for word in words.sorted(by: { $0.count > $1.count }) { rest = rest.replacingOccurrences(of: word, with: " ") }
        return Array(Set(tokens(in: rest).filter { !values.contains($0) })).sorted()
    }

    private static func collect(_ value: Any, into values: inout Set<String>) {
        switch value {
        case let object as [String: Any]: for member in object.values { collect(member, into: &values) }
        case let array as [Any]: for item in array { collect(item, into: &values) }
        case let text as String: values.insert(text)
        case let number as NSNumber: values.insert(number.stringValue)
        default: break
        }
    }
}

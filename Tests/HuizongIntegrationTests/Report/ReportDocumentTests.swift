import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The report as DOCX and HTML through the real binary: LibreOffice opens the DOCX and its
/// text holds every figure of the JSON; the HTML is well-formed, self-contained, escapes the
/// office's prose and carries every figure, attachment 2's indicator rows and 总分 included; the
/// charts' bars are proportional to their values.
@Suite("self-evaluation report as DOCX and HTML") struct ReportDocumentTests {
    @Test(
        "DOCX of the reference department: A4, GB/T 9704 margins, East Asian fonts; LibreOffice's text holds every figure",
        .enabled(if: LibreOffice.writerAvailable, "LibreOffice Writer is not installed"))
    func referenceDocx() throws {
        let demo = try DemoRun()
        let report = try JSONFile.object(demo.out.appendingPathComponent("report-401-2022.json"))
        let docx = demo.out.appendingPathComponent("report-401-2022.docx")
        let parts = try Self.parts(of: docx)
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4")
        #expect(
            document.contains(#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#),
            "37/26/35/28 mm")
        #expect(document.contains("<w:tbl>"), "the attachments are Word tables")
        let styles = try #require(parts["word/styles.xml"])
        for font in ["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"] {
            #expect(styles.contains(#"w:eastAsia="\#(font)""#), "\(font)")
        }
        #expect(styles.contains(#"<w:sz w:val="32"/>"#), "三号")
        #expect(parts["word/fontTable.xml"]?.contains(#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#) == true)
        #expect(parts["word/footer1.xml"]?.contains(" PAGE ") == true, "page numbers")
        #expect(parts["word/header1.xml"]?.contains("草稿") == false, "a complete run is no draft")
        #expect(parts["word/media/image1.svg"] != nil && parts["word/media/image1.png"] != nil)
        // Attachment 2's levels merged down: 2 一级 and 9 二级 cells over 26 rows.
        #expect(document.components(separatedBy: #"<w:vMerge w:val="restart"/>"#).count - 1 == 11)
        #expect(document.components(separatedBy: "<w:vMerge/>").count - 1 == (26 - 2) + (26 - 9))

        let text = try Self.libreOfficeText(docx)
        let missing = Self.figures(report).filter { !text.contains($0) }
        #expect(missing.isEmpty, "JSON figures not in LibreOffice's text of the DOCX: \(missing)")
        #expect(text.contains("各项按万元四舍五入，合计与总额相差0.01万元"))
        #expect(text.contains("附件1") && text.contains("附件2"))
        for figure in Self.indicatorFigures { #expect(text.contains(figure), "attachment 2 in the DOCX: \(figure)") }
        #expect(text.contains("\n总分\n\n\n\n\n100\n99\n"), "总分: the edition's 100, the seed's 99, a cell a line")
        #expect(text.contains("\n年度资金总额\n1580.47\n3708.44\n3708.44\n10\n100.00%\n10\n"), "the funds row scored")
        let unmatched = ReportNumbers.unmatched(in: text, json: report)
        #expect(unmatched.isEmpty, "numbers in the DOCX that are no value of the JSON: \(unmatched)")
    }

    @Test("HTML of the reference department: well-formed, no script, nothing fetched, every figure, A4 print CSS")
    func referenceHTML() throws {
        let demo = try DemoRun()
        let report = try JSONFile.object(demo.out.appendingPathComponent("report-401-2022.json"))
        let html = try String(contentsOf: demo.out.appendingPathComponent("report-401-2022.html"), encoding: .utf8)
        try Self.requireWellFormed(html)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("url("), "self-contained")
        #expect(html.contains("@page { size: A4;") && html.contains("page-break-before: always"))
        let missing = Self.figures(report).filter { !html.contains($0) }
        #expect(missing.isEmpty, "JSON figures not in the HTML: \(missing)")
        #expect(html.components(separatedBy: "<svg ").count - 1 == 5, "five charts")
        #expect(html.contains(#"data-value="318.19""#), "公用经费's bar")
        let cells = { (cells: [String]) in cells.map { "<td>\($0)</td>" }.joined() }
        for figure in Self.indicatorFigures { #expect(html.contains(figure), "attachment 2 in the HTML: \(figure)") }
        // 产出指标 heads 15 rows, 数量指标 3: merged down, the covered cells left out.
        let merged = #"<td rowspan="15">产出指标</td><td rowspan="3">数量指标</td>"#
        #expect(html.contains(merged + cells(["规模以上工业增加值", "≥全省平均水平", "6.8%"])))
        #expect(html.contains("<tr>" + cells(["工业投资增速", "≥全省平均水平", "28.5%"])), "a covered row starts at 三级指标")
        #expect(html.components(separatedBy: " rowspan=").count - 1 == 11, "2 一级 and 9 二级 indicators merged")
        #expect(html.contains(cells(["总分", "", "", "", ""]) + #"<td class="num">100</td><td class="num">99</td>"#))
        #expect(html.contains(#"<td class="num">10</td><td class="num">100.00%</td><td class="num">10</td>"#))
    }

    @Test("HTML --figure-links: each figure with lines a link to BASE + its /figures path, nothing else changed")
    func figureLinks() throws {
        let demo = try DemoRun()
        let plainFile = demo.out.appendingPathComponent("report-401-2022.html")
        let plain = try String(contentsOf: plainFile, encoding: .utf8)
        let linkedFile = demo.out.appendingPathComponent("linked.html")
        let arguments = ["report", "--unit", "401", "--year", "2022", "--format", "html", "-o", linkedFile.path]
        let result = try HuizongBinary.run(
            arguments + ["--figure-links", "https://huizong.example.org/portal"], database: demo.database)
        try #require(result.status == 0, "\(result.stderr)")
        let linked = try String(contentsOf: linkedFile, encoding: .utf8)
        try Self.requireWellFormed(linked)
        let run = try #require(try demo.database.scalar("select max(id) from pipeline.run"))
        let links = Self.figureLinks(linked)
        #expect(links.count >= 80, "\(links.count) links")
        for link in links {
            #expect(
                link.href
                    == "https://huizong.example.org/portal/figures?unit=401&amp;year=2022&amp;run=\(run)&amp;key="
                    + Self.queryEncoded(link.key), "\(link.key)")
        }
        let keys = Set(links.map(\.key))
        for key in [
            "income.general_public", "expenditure.total", "basic.by_econ.302",
            "three_public.parts.saving.reception", "three_public.vehicle_count", "project.by_func.215",
            "staffing.authorized", "base_data.basic.public_funds.actual", "base_data.total.prior_actual",
            "funds.final", "funds.other",
        ] {
            #expect(keys.contains(key), "\(key) linked")
        }
        #expect(links.contains { $0.key == "basic.by_econ.302" && $0.text == "318.19" })
        #expect(
            links.filter { $0.key.hasPrefix("basic.by_unit.") }.map(\.text) == [
                "1446.64", "295.62", "225.87", "890.27",
            ])
        // A rate links to its formula's page (FigureRate); the % stays outside the link.
        #expect(links.contains { $0.key == "staffing.control_rate" && $0.text == "97.85" })
        #expect(links.contains { $0.key == "expenditure.basic_share" && $0.text == "77.08" })
        #expect(!links.contains { $0.text.contains("%") || $0.text.isEmpty })
        // Take the links out and the page is the one written without them, byte for byte.
        let bars = linked.components(separatedBy: #"class="bar""#).count - 1
        #expect(Self.chartLinks(linked).count == bars, "every bar's value links to its lines")
        let unlinked = linked.replacing(
            #/<a class="figure" href="[^"]*" data-key="[^"]*">([^<]*|<text[^>]*>[^<]*</text>)</a>/#
        ) {
            $0.1
        }
        .replacingOccurrences(of: "a.figure { color: inherit; text-decoration: underline dotted; }\n", with: "")
        #expect(unlinked == plain)
        print("report HTML: \(plain.utf8.count) bytes, \(linked.utf8.count) with \(links.count) figure links")
        let markdown = try HuizongBinary.run(
            ["report", "--unit", "401", "--year", "2022", "--format", "md", "--figure-links", "/"],
            database: demo.database)
        #expect(markdown.status == 2)
        #expect(markdown.stdout.isEmpty)
        #expect(markdown.stderr == "huizong: --figure-links is for --format html only\n")
        let again = try HuizongBinary.run(arguments, database: demo.database)
        try #require(again.status == 0)
        #expect(try Data(contentsOf: linkedFile) == Data(contentsOf: plainFile), "without the option: no links")
    }

    /// The `a.figure` links around the charts' bar values: href, key and the value.
    static func chartLinks(_ html: String) -> [(href: String, key: String, text: String)] {
        html.matches(of: #/<a class="figure" href="([^"]*)" data-key="([^"]*)"><text[^>]*>([^<]*)</text></a>/#).map {
            (String($0.1), String($0.2), String($0.3))
        }
    }

    /// `text` percent-encoded as a query value: RFC 3986's unreserved characters kept.
    static func queryEncoded(_ text: String) -> String {
        var unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        unreserved.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// The `a.figure` links of an HTML report: href (as written, `&amp;`), key and text.
    static func figureLinks(_ html: String) -> [(href: String, key: String, text: String)] {
        html.matches(of: #/<a class="figure" href="([^"]*)" data-key="([^"]*)">([^<]*)</a>/#).map {
            (String($0.1), String($0.2), String($0.3))
        }
    }

    /// Attachment 2's indicator rows as the demo's seed scores them: a row, a computed actual,
    /// the notes on them and 总分 99 of 100.
    static let indicatorFigures = [
        "规模以上工业增加值", "加强工业运行调度，确保目标任务完成。", "100.00%（数据计算）", "总分",
        "公用经费控制率：办公室填写的实际完成值为98%，按数据计算为100.00%，报告使用计算值。",
    ]

    @Test("the office's prose: <script> and markup escaped in HTML, kept as text in DOCX; the safe subset rendered")
    func hostileProse() throws {
        let db = try Self.generatedDepartment()
        let prose = try HuizongBinary.temporaryDirectory().appendingPathComponent("prose.md")
        let text = "### （一）部门职能\n\n<script>alert(1)</script> & **重点**工作\n\n- 第一项 <b>x</b>\n"
        try text.write(to: prose, atomically: true, encoding: .utf8)
        let saved = try HuizongBinary.run(
            ["report", "prose", "--unit", "BENCH", "--year", "2022", "--part", "basic-info", prose.path], database: db)
        try #require(saved.status == 0, "\(saved.stderr)")
        let html = try Self.report(db, "html")
        try Self.requireWellFormed(html)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <strong>重点</strong>工作"))
        #expect(html.contains("<h3>（一）部门职能</h3>"))
        #expect(html.contains(#"<p class="item">• 第一项 &lt;b&gt;x&lt;/b&gt;</p>"#))
        let docx = try HuizongBinary.temporaryDirectory().appendingPathComponent("bench.docx")
        let written = try HuizongBinary.run(
            ["report", "--unit", "BENCH", "--year", "2022", "--format", "docx", "-o", docx.path], database: db)
        try #require(written.status == 0, "\(written.stderr)")
        let document = try #require(try Self.parts(of: docx)["word/document.xml"])
        #expect(document.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; </w:t>"))
        #expect(document.contains(#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">重点</w:t></w:r>"#))
    }

    @Test(
        "a generated department: DOCX text and HTML hold every JSON figure; bars proportional; output deterministic",
        .enabled(if: LibreOffice.writerAvailable, "LibreOffice Writer is not installed"))
    func generatedDepartment() throws {
        let db = try Self.generatedDepartment()
        let report = try JSONFile.object(try Self.report(db, "json"))
        let html = try Self.report(db, "html")
        #expect(try Self.report(db, "html") == html, "equal runs, equal bytes")
        try Self.requireWellFormed(html)
        #expect(Self.figures(report).filter { !html.contains($0) }.isEmpty)
        try Self.checkBars(html)

        let directory = try HuizongBinary.temporaryDirectory()
        let docx = directory.appendingPathComponent("bench.docx")
        for name in ["bench.docx", "again.docx"] {
            let result = try HuizongBinary.run(
                [
                    "report", "--unit", "BENCH", "--year", "2022", "--format", "docx", "-o",
                    directory.appendingPathComponent(name).path,
                ],
                database: db)
            try #require(result.status == 0, "\(result.stderr)")
        }
        #expect(
            try Data(contentsOf: docx) == Data(contentsOf: directory.appendingPathComponent("again.docx")),
            "DOCX bytes are deterministic")
        let pdf = try LibreOffice.convert(
            docx, to: "pdf", extension: "pdf", into: directory.appendingPathComponent("pdf"))
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
        let text = try Self.libreOfficeText(docx)
        let missing = Self.figures(report).filter { !text.contains($0) }
        #expect(missing.isEmpty, "JSON figures not in the DOCX text: \(missing)")
        #expect(ReportNumbers.unmatched(in: text, json: report).isEmpty)
    }

    @Test("a draft says 草稿 in the DOCX header of every page and under each HTML section")
    func draftMarks() throws {
        let db = try Self.generatedDepartment(dropLast: true)
        let html = try Self.report(db, "html", draft: true)
        #expect(html.contains(#"<div class="draft-mark">草稿</div>"#))
        #expect(
            html.components(separatedBy: #"<p class="note">草稿：汇总"#).count - 1 == 9,
            "under each of the nine section headings")
        let docx = try HuizongBinary.temporaryDirectory().appendingPathComponent("draft.docx")
        let result = try HuizongBinary.run(
            ["report", "--unit", "BENCH", "--year", "2022", "--draft", "--format", "docx", "-o", docx.path],
            database: db)
        try #require(result.status == 0, "\(result.stderr)")
        #expect(try Self.parts(of: docx)["word/header1.xml"]?.contains(">草稿<") == true)
    }

    // MARK: - helpers

    /// Every 万元 figure and rate of the report's JSON (not the `_yuan` twins, not counts).
    static func figures(_ json: Any, key: String = "") -> Set<String> {
        switch json {
        case let object as [String: Any]:
            return object.reduce(into: Set<String>()) { $0.formUnion(figures($1.value, key: $1.key)) }
        case let array as [Any]: return array.reduce(into: Set<String>()) { $0.formUnion(figures($1, key: key)) }
        case let text as String:
            let isFigure = text.range(of: #"^-?[0-9]+\.[0-9]{2}$"#, options: .regularExpression) != nil
            return isFigure && !key.hasSuffix("_yuan") ? [text] : []
        default: return []
        }
    }

    /// Each bar's length is its value times the chart's scale, to the pixel.
    static func checkBars(_ html: String) throws {
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count == 5)
        let pattern = try NSRegularExpression(
            pattern: #"<rect class="bar" [^>]*width="([0-9]+)"[^>]*data-value="(-?[0-9.]+)""#)
        for chart in charts {
            let svg = String(chart.prefix { _ in true }.split(separator: "</svg>").first ?? "")
            let bars = pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { match in
                (
                    width: Double(svg[Range(match.range(at: 1), in: svg)!])!,
                    value: Double(svg[Range(match.range(at: 2), in: svg)!])!
                )
            }
            #expect(!bars.isEmpty)
            guard let largest = bars.max(by: { $0.value < $1.value }), largest.value > 0 else { continue }
            let scale = largest.width / largest.value
            for bar in bars where bar.value > 0 {
                #expect(abs(bar.width - bar.value * scale) <= 1, "bar of \(bar.value): \(bar.width) px, scale \(scale)")
            }
        }
    }

    static func requireWellFormed(_ html: String) throws {
        let parser = XMLParser(data: Data(html.utf8))
        let parsed = parser.parse()
        try #require(parsed, "not well-formed: \(String(describing: parser.parserError))")
    }

    /// The XML parts of a DOCX as text, by path.
    static func parts(of docx: URL) throws -> [String: String] {
        let archive = try Archive(url: docx, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    static func libreOfficeText(_ docx: URL) throws -> String {
        let directory = try HuizongBinary.temporaryDirectory()
        let text = try LibreOffice.convert(docx, to: "txt:Text (encoded):UTF8", extension: "txt", into: directory)
        return try String(contentsOf: text, encoding: .utf8)
    }

    static func report(_ db: TestDatabase, _ format: String, draft: Bool = false) throws -> String {
        let result = try HuizongBinary.run(
            ["report", "--unit", "BENCH", "--year", "2022", "--format", format] + (draft ? ["--draft"] : []),
            database: db)
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// A generated department BENCH with a run for 2022 (`dropLast`: one unit not submitted).
    static func generatedDepartment(dropLast: Bool = false) throws -> TestDatabase {
        try GeneratedRun.department(units: 4, lines: 40, seed: 7, dropLast: dropLast, accepted: [0, 1, 3])
    }
}

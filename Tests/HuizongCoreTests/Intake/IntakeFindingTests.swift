import Testing

@testable import HuizongCore

@Suite("Submission parser: findings")
struct IntakeFindingTests {
    static let sections =
        "one of the sections: meta (基本信息), staffing (人员), income (收入), balance (结余), expenditure (支出), "
        + "three_public (三公经费), procurement (政府采购), transfer (对附属单位补助)"
    static let incomeItems =
        "one of the items of income: appropriation (财政拨款收入), government_fund (政府性基金收入), business (事业收入), "
        + "operating (经营收入), from_superior (上级补助收入), other (其他收入), carryover (年初结转和结余)"
    static let columnNames =
        "one of the column names: section (表), item (项目), kind (支出类型), project (项目名称), "
        + "project_type (项目类别), func_code (功能分类科目), econ_code (经济分类科目), budget_initial (年初预算数), "
        + "budget_final (全年预算数), actual (决算数), text (说明)"

    @Test("bytes that are neither UTF-8 nor GB18030 stop parsing")
    func invalidBytes() {
        let parsed = IntakeFixture.parse([0xFF, 0xFE, 0xFD, 0x80, 0x81])
        #expect(parsed.report.encoding == nil)
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "encoding", line: nil, column: nil, expected: "UTF-8 or GB18030 text",
                    found: "bytes that are neither (byte 0xFF on line 1 is not UTF-8)")
            ])
        #expect(parsed.report.records == 0)
    }

    @Test("the first non-UTF-8 byte is located by line")
    func invalidByteLine() {
        let bytes = Array("section,text\nmeta,张\n".utf8) + [0xFF, 0x0A]
        #expect(
            IntakeFixture.parse(bytes).report.findings.map(\.text.found) == [
                "bytes that are neither (byte 0xFF on line 3 is not UTF-8)"
            ])
    }

    @Test("an empty file, or one of blank lines or a byte order mark only, has no header")
    func emptyFile() {
        let finding = IntakeFixture.error(
            "header", line: nil, column: nil, expected: "a header row", found: "an empty file")
        for bytes: [UInt8] in [[], Array("\n\r\n\n".utf8), [0xEF, 0xBB, 0xBF]] {
            #expect(IntakeFixture.parse(bytes).report.findings.map(\.text) == [finding])
        }
    }

    @Test("unknown, empty and duplicate columns are all reported and stop parsing")
    func badHeader() {
        let text = "section,amount,年初预算数,,budget_initial,section\nincome,other,1,,2,income\n"
        let parsed = IntakeFixture.parse(text)
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "header", line: 1, column: nil, expected: Self.columnNames, found: "amount"),
                IntakeFixture.error(
                    "header", line: 1, column: nil, expected: Self.columnNames, found: "an empty column name"),
                IntakeFixture.error(
                    "header", line: 1, column: nil, expected: "each column at most once",
                    found: "budget_initial (a second budget_initial column)"),
                IntakeFixture.error(
                    "header", line: 1, column: nil, expected: "each column at most once",
                    found: "section (a second section column)"),
            ])
        #expect(parsed.report.records == 0)
        #expect(parsed.lines == [])
    }

    @Test("English and Chinese names of one column are a duplicate")
    func duplicateAcrossLanguages() {
        #expect(
            IntakeFixture.parse("表,actual,section\n").report.findings.map(\.text) == [
                IntakeFixture.error(
                    "header", line: 1, column: nil, expected: "each column at most once",
                    found: "section (a second section column)")
            ])
    }

    @Test("a header without a section column stops parsing")
    func missingSection() {
        let parsed = IntakeFixture.parse("\nitem,actual\nincome,1\n")
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "header", line: 2, column: nil, expected: "a section column (section or 表)",
                    found: "no section column")
            ])
    }

    @Test("unknown or empty sections and items; expenditure lines take no item")
    func sectionsAndItems() {
        let text = """
            section,item,actual
            incomes,appropriation,1
            ,appropriation,1
            income,salary,1
            income,,1
            expenditure,appropriation,1
            balance,财政拨款收入,1

            """
        #expect(
            IntakeFixture.parse(text).report.findings.map(\.text) == [
                IntakeFixture.error(
                    "section", line: 2, column: "section", expected: Self.sections, found: "incomes"),
                IntakeFixture.error(
                    "section", line: 3, column: "section", expected: Self.sections, found: "an empty cell"),
                IntakeFixture.error(
                    "item", line: 4, column: "item", expected: Self.incomeItems, found: "salary"),
                IntakeFixture.error(
                    "item", line: 5, column: "item", expected: Self.incomeItems, found: "an empty cell"),
                IntakeFixture.error(
                    "item", line: 6, column: "item", expected: "an empty item on an expenditure line",
                    found: "appropriation"),
                IntakeFixture.error(
                    "item", line: 7, column: "item",
                    expected: "one of the items of balance: year_end (年末结转和结余)",
                    found: "财政拨款收入"),
            ])
    }

    @Test("bad kind and project type values; empty ones are left to later checks")
    func enumerations() {
        let text = """
            section,kind,project_type,func_code,econ_code,budget_final,actual
            expenditure,basics,ops,2150508,30101,1,1
            expenditure,"项目支出 ",,2150508,30101,1,1

            """
        let parsed = IntakeFixture.parse(text)
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "kind", line: 2, column: "kind", expected: "basic (基本支出) or project (项目支出)",
                    found: "basics"),
                IntakeFixture.error(
                    "project_type", line: 2, column: "project_type",
                    expected: "operations (运行维护经费) or special (专项资金)", found: "ops"),
            ])
        #expect(parsed.lines.map(\.kind) == [.project])
    }

    @Test(
        "codes must be exactly 7 and 5 ASCII digits",
        arguments: [
            ("215050", "30101", "func_code", "215050"), ("21505081", "30101", "func_code", "21505081"),
            ("21505O8", "30101", "func_code", "21505O8"), ("2150508", "3010", "econ_code", "3010"),
            ("2150508", "３０１０１", "econ_code", "３０１０１"), ("2150508", "30101.0", "econ_code", "30101.0"),
        ])
    func codes(funcCode: String, econCode: String, column: String, found: String) {
        let text = "section,kind,func_code,econ_code\nexpenditure,basic,\(funcCode),\(econCode)\n"
        let expected =
            column == "func_code"
            ? "a 7-digit functional classification code, e.g. 2150501"
            : "a 5-digit economic classification code, e.g. 30101"
        #expect(
            IntakeFixture.parse(text).report.findings.map(\.text) == [
                IntakeFixture.error(column, line: 2, column: column, expected: expected, found: found)
            ])
    }

    @Test("meta: the unit code must be given and the year be four digits")
    func meta() {
        let text =
            "section,item,text\nmeta,unit_code,\nmeta,fiscal_year,22\nmeta,fiscal_year,\nmeta,年度, 2023 \n"
        let parsed = IntakeFixture.parse(text)
        let year = "a four-digit year, e.g. 2022"
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "meta", line: 2, column: "text", expected: "the unit's code", found: "an empty cell"),
                IntakeFixture.error("meta", line: 3, column: "text", expected: year, found: "22"),
                IntakeFixture.error(
                    "meta", line: 4, column: "text", expected: year, found: "an empty cell"),
            ])
        #expect(parsed.report.unitCode == nil)
        #expect(parsed.report.fiscalYear == 2023)
    }

    @Test("CSV syntax: stray quotes, text after a closing quote, field counts, an unclosed quote")
    func csvSyntax() {
        let text = """
            section,item,text
            meta,preparer,张"三
            meta,preparer,"张三"x
            meta,preparer
            meta,preparer,a,b
            meta,unit_code,ok
            meta,preparer,"never
            closed

            """
        let parsed = IntakeFixture.parse(text)
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "csv_syntax", line: 2, column: "text",
                    expected: "a double quote only at the start of a field (inside quotes write it twice)",
                    found: "张\"三"),
                IntakeFixture.error(
                    "csv_syntax", line: 3, column: "text",
                    expected: "a comma or line end after the closing double quote", found: "\"张三\"x"),
                IntakeFixture.error(
                    "csv_syntax", line: 4, column: nil, expected: "3 fields", found: "2 fields"),
                IntakeFixture.error(
                    "csv_syntax", line: 5, column: nil, expected: "3 fields", found: "4 fields"),
                IntakeFixture.error(
                    "csv_syntax", line: 7, column: "text", expected: "a closing double quote",
                    found: "a quote opened on line 7 that is never closed"),
            ])
        #expect(parsed.lines.map(\.line) == [6])
        #expect(parsed.report.records == 6)
    }

    @Test("a syntax error in the header stops parsing")
    func headerSyntax() {
        let parsed = IntakeFixture.parse("section,\"item\"x\nmeta,unit_code\n")
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "csv_syntax", line: 1, column: nil,
                    expected: "a comma or line end after the closing double quote",
                    found: "\"item\"x")
            ])
        #expect(parsed.report.records == 0)
    }

    @Test("a finding describes itself on one line")
    func description() {
        let cell = IntakeFixture.error(
            "amount", line: 12, column: "actual", expected: "a number", found: "1e5")
        #expect(
            cell.description == "error: unit.csv:12: column actual: [amount] expected a number, found 1e5"
        )
        var file = IntakeFixture.error(
            "encoding", line: nil, column: nil, expected: "text", found: "bytes")
        file.severity = .warning
        #expect(file.description == "warning: unit.csv: [encoding] expected text, found bytes")
    }

    @Test("a NUL byte in a cell is a finding at its line and column, and no finding carries it")
    func nulByte() {
        let parsed = IntakeFixture.parse(Array("section,item,actual\nincome,business,1\u{0}2\n".utf8))
        #expect(
            parsed.report.findings.map(\.text) == [
                IntakeFixture.error(
                    "csv_syntax", line: 2, column: "actual", expected: "text without NUL bytes (0x00)",
                    found: "a NUL byte")
            ])
        #expect(!parsed.report.findings.contains { $0.args.jsonText.contains("\\u0000") })
        #expect(parsed.report.records == 1)
    }

    @Test("a file of commas is read no further than its first 1000 errors, and says why")
    func findingLimit() {
        let text = "section,item,actual\n" + String(repeating: ",,,,\n", count: 20_000)
        let parsed = IntakeFixture.parse(text)
        #expect(parsed.report.records == ParseReport.findingLimit)
        #expect(parsed.report.findings.count == ParseReport.findingLimit + 1)
        #expect(parsed.report.omitted == 0)
        #expect(
            parsed.report.findings.first?.text
                == IntakeFixture.error(
                    "not_a_submission", line: nil, column: nil, expected: "a submission, mostly of valid lines",
                    found: "1000 errors and 0 valid lines in the first 1000 records; not read past line 1001"))
    }

    @Test("a submission with more than 1000 errors among mostly valid lines is read to its end")
    func findingLimitOnARealFile() {
        var text = "section,item,actual\n"
        for index in 0..<24_000 {
            // every eighth line has an amount that is no amount: 3 000 errors among 21 000 good lines
            text += index % 8 == 0 ? "income,other,abc\n" : "income,other,100\n"
        }
        let parsed = IntakeFixture.parse(text)
        #expect(parsed.report.records == 24_000)
        #expect(parsed.lines.count == 21_000)
        #expect(parsed.report.findings.count == ParseReport.findingLimit)
        #expect(parsed.report.omitted == 2_000)
        #expect(!parsed.report.findings.contains { $0.code == "not_a_submission" })
    }
}

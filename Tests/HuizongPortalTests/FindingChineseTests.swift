import HuizongCore
import Testing

@testable import HuizongPortal

/// Each shape of finding text the code produces, as written by the sources, and its Chinese.
@Suite struct FindingChineseTests {
    private func finding(_ rule: String, _ expected: String, _ found: String, column: String? = nil) -> Finding {
        Finding(
            file: "401001-2022.csv", line: 12, column: column, rule: rule, severity: .error, expected: expected,
            found: found)
    }

    private func chinese(_ finding: Finding) -> [String] {
        [FindingChinese.expected(finding), FindingChinese.found(finding)]
    }

    @Test("columns take the template's Chinese headers") func columns() {
        #expect(FindingChinese.column("actual") == "决算数")
        #expect(FindingChinese.column("budget_final") == "全年预算数")
        #expect(FindingChinese.column("budget_initial") == "年初预算数")
        #expect(FindingChinese.column("econ_code") == "经济分类科目")
        #expect(FindingChinese.column("func_code") == "功能分类科目")
        #expect(FindingChinese.column("section") == "表")
        #expect(FindingChinese.column("project_type") == "项目类别")
        #expect(FindingChinese.column("text") == "说明")
        #expect(FindingChinese.column(nil) == "")
        #expect(FindingChinese.column("future_column") == "future_column")
    }

    @Test("amount keeps the cell as written") func amount() {
        let amount = finding(
            "amount", "a yuan amount with at most two decimals, e.g. 1234.56", "1.005", column: "actual")
        #expect(chinese(amount) == ["以元为单位的金额，最多两位小数，例如 1234.56", "1.005"])
    }

    @Test("count") func count() {
        let count = finding("count", "a whole non-negative number of at most 9 digits, e.g. 17", "-3")
        #expect(chinese(count) == ["不超过 9 位的非负整数，例如 17", "-3"])
    }

    @Test("codes of the wrong shape") func codeShapes() {
        let funcCode = finding("func_code", "a 7-digit functional classification code, e.g. 2150501", "21505")
        let econCode = finding("econ_code", "a 5-digit economic classification code, e.g. 30101", "3010")
        #expect(chinese(funcCode) == ["7 位功能分类代码，例如 2150501", "21505"])
        #expect(chinese(econCode) == ["5 位经济分类代码，例如 30101", "3010"])
    }

    @Test("kind and project type list the Chinese words first") func enumerations() {
        let kind = finding("kind", "basic (基本支出) or project (项目支出)", "middle")
        let type = finding("project_type", "operations (运行维护经费) or special (专项资金)", "odd")
        #expect(chinese(kind) == ["基本支出（basic）或项目支出（project）", "middle"])
        #expect(chinese(type) == ["运行维护经费（operations）或专项资金（special）", "odd"])
    }

    @Test("section and item lists") func sectionAndItem() {
        let section = finding("section", "one of the sections: meta (基本信息), balance (结余)", "an empty cell")
        let item = finding("item", "one of the items of balance: year_end (年末结转和结余)", "结转")
        let empty = finding("item", "an empty item on an expenditure line", "x")
        #expect(chinese(section) == ["以下表之一：基本信息（meta）、结余（balance）", "空单元格"])
        #expect(chinese(item) == ["“结余”表的以下项目之一：年末结转和结余（year_end）", "结转"])
        #expect(chinese(empty) == ["支出行的“项目”留空", "x"])
    }

    @Test("header") func header() {
        let names = finding("header", "one of the column names: section (表), actual (决算数)", "an empty column name")
        let twice = finding("header", "each column at most once", "决算数 (a second actual column)")
        let none = finding("header", "a section column (section or 表)", "no section column")
        let empty = finding("header", "a header row", "an empty file")
        #expect(chinese(names) == ["以下列名之一：表（section）、决算数（actual）", "空列名"])
        #expect(chinese(twice) == ["每列最多出现一次", "决算数（又一个“决算数”列）"])
        #expect(chinese(none) == ["“表”列（列名为 表 或 section）", "没有“表”列"])
        #expect(chinese(empty) == ["表头行", "空文件"])
    }

    @Test("CSV syntax and encoding") func syntax() {
        let stray = finding(
            "csv_syntax", "a double quote only at the start of a field (inside quotes write it twice)", "a\"b")
        let open = finding("csv_syntax", "a closing double quote", "a quote opened on line 3 that is never closed")
        let after = finding("csv_syntax", "a comma or line end after the closing double quote", "\"a\"b")
        let fields = finding("csv_syntax", "11 fields", "2 fields")
        let encoding = finding(
            "encoding", "UTF-8 or GB18030 text", "bytes that are neither (byte 0xFF on line 2 is not UTF-8)")
        #expect(chinese(stray) == ["双引号只能出现在字段开头（引号内的双引号要连写两个）", "a\"b"])
        #expect(chinese(open) == ["闭合的双引号", "第 3 行开始的引号没有闭合"])
        #expect(chinese(after) == ["闭合双引号之后紧跟逗号或换行", "\"a\"b"])
        #expect(chinese(fields) == ["11 个字段", "2 个字段"])
        #expect(chinese(encoding) == ["UTF-8 或 GB18030 编码的文本", "既不是 UTF-8 也不是 GB18030 的字节（第 2 行的字节 0xFF 不是 UTF-8）"])
    }

    @Test("meta cells and the upload's unit and year") func meta() {
        #expect(chinese(finding("meta", "the unit's code", "an empty cell")) == ["单位代码", "空单元格"])
        #expect(chinese(finding("meta", "a four-digit year, e.g. 2022", "22")) == ["四位数字的年度，例如 2022", "22"])
        #expect(chinese(finding("meta", "unit_code U2 (the upload's unit)", "U1")) == ["单位代码 U2（上传时选定的单位）", "U1"])
        #expect(chinese(finding("meta", "a registered unit code", "ZZ")) == ["已登记的单位代码", "ZZ"])
        #expect(
            chinese(finding("meta", "fiscal_year 2022 (the upload's year)", "2021")) == ["年度 2022（上传时选定的年度）", "2021"])
    }

    @Test("locked") func locked() {
        let locked = finding(
            "locked",
            "an unlocked unit and year (approved by office401 on 2026-11-29; the finance office must unlock it first)",
            "locked")
        #expect(chinese(locked) == ["未锁定的单位和年度（已由 office401 于 2026-11-29 审核通过并锁定；须先由财政部门解锁）", "已锁定"])
    }
}

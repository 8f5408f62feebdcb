import HuizongCore
import Testing

@testable import HuizongPortal

/// The texts of the SQL rules, the run checks and the workbook reader, and their Chinese.
@Suite struct FindingChineseRuleTests {
    private func chinese(_ rule: String, _ expected: String, _ found: String) -> [String] {
        let finding = Finding(
            file: "401001-2022.csv", line: 15, column: "actual", rule: rule, severity: .warning, expected: expected,
            found: found)
        return [FindingChinese.expected(finding), FindingChinese.found(finding)]
    }

    @Test("over budget") func overBudget() {
        #expect(
            chinese("actual_over_budget", "at most budget_final 620000.00", "630000.00") == [
                "不超过全年预算数 620000.00", "630000.00",
            ])
        #expect(
            chinese("three_public_over_budget", "at most budget_final 0.00", "12.00") == ["不超过全年预算数 0.00", "12.00"])
    }

    @Test("balance") func balance() {
        let balance = chinese(
            "balance", "income 100.00 = expenditure 80.00 + transfers 5.00 + year_end 15.00", "income 90.00")
        #expect(balance == ["收入 100.00 = 支出 80.00 + 对附属单位补助支出 5.00 + 年末结转和结余 15.00", "收入 90.00"])
    }

    @Test("duplicates") func duplicates() {
        #expect(
            chinese("duplicate_item", "at most one income/carryover row", "a repeat of line 12") == [
                "“收入/年初结转和结余”最多一行", "与第 12 行重复",
            ])
        let line = chinese(
            "duplicate_line", "one line per kind, project, func_code and econ_code", "the same line as line 9")
        #expect(line == ["支出类型、项目名称、功能分类科目和经济分类科目都相同的行只能有一行", "与第 9 行相同"])
    }

    @Test("codes in the reference tables") func codesExist() {
        #expect(
            chinese("econ_code_exists", "an economic classification code (款) of fiscal year 2022", "30201") == [
                "2022 年度的经济分类代码（款）", "30201",
            ])
        #expect(
            chinese("func_code_exists", "a functional classification code (项) of fiscal year 2022", "2150599") == [
                "2022 年度的功能分类代码（项）", "2150599",
            ])
    }

    @Test("expenditure lines lacking a cell") func expenditureRequired() {
        #expect(chinese("expenditure_required", "basic or project", "an empty cell") == ["基本支出或项目支出", "空单元格"])
        #expect(chinese("expenditure_required", "a 7-digit functional code", "an empty cell") == ["7 位功能分类代码", "空单元格"])
        #expect(chinese("expenditure_required", "a 5-digit economic code", "an empty cell") == ["5 位经济分类代码", "空单元格"])
        #expect(chinese("expenditure_required", "an amount", "an empty cell") == ["金额", "空单元格"])
    }

    @Test("meta rows required") func metaRequired() {
        #expect(chinese("meta_required", "a meta row unit_code", "none") == ["基本信息中的单位代码行", "无"])
        #expect(chinese("meta_required", "a meta row fiscal_year", "none") == ["基本信息中的年度行", "无"])
    }

    @Test("prior year change names the item in Chinese") func priorYear() {
        let change = chinese("prior_year_change", "income/carryover within half of last year's 38500.00", "60000.00")
        #expect(change == ["收入/年初结转和结余 与上年的 38500.00 相差不超过一半", "60000.00"])
    }

    @Test("project fields keep the cell value, even one reading none") func projectFields() {
        #expect(
            chinese("project_fields", "a project name on a project line", "an empty cell") == ["项目支出行填写项目名称", "空单元格"])
        #expect(
            chinese("project_fields", "operations or special on a project line", "an empty cell") == [
                "项目支出行填写项目类别（运行维护经费或专项资金）", "空单元格",
            ])
        #expect(chinese("project_fields", "no project name on a basic line", "none") == ["基本支出行不填项目名称", "none"])
        #expect(chinese("project_fields", "no project type on a basic line", "special") == ["基本支出行不填项目类别", "special"])
    }

    @Test("staffing") func staffing() {
        #expect(
            chinese("staffing", "excluded at most in_service 40", "excluded 45") == [
                "不计入控制率人数不超过实有在职人数 40", "不计入控制率人数 45",
            ])
    }

    @Test("three public figures against the expenditure lines") func threePublicMatch() {
        let match = chinese(
            "three_public_match", "reception 1200.00 (the lines with economic code 30217)", "reception 1500.00")
        #expect(match == ["公务接待费 1200.00（经济分类代码为 30217 的支出行合计）", "公务接待费 1500.00"])
    }

    @Test("run checks: carryover and transfers") func runChecks() {
        let carryover = chinese(
            "carryover_match", "401001 carryover = its year_end of 2021: 38500.00 (line 14 of submission 7)",
            "401001 carryover 38000.00")
        #expect(carryover == ["401001 年初结转和结余 = 其 2021 年的年末结转和结余 38500.00（提交 #7 第 14 行）", "401001 年初结转和结余 38000.00"])
        let bare = chinese("carryover_match", "401001 carryover = its year_end of 2021: 0.00", "401001 carryover 5.00")
        #expect(bare == ["401001 年初结转和结余 = 其 2021 年的年末结转和结余 0.00", "401001 年初结转和结余 5.00"])
        let transfer = chinese(
            "transfer_match", "401002 from_superior 400.00 (paid to it in all: 500.00)",
            "401001 transfer to 401002 500.00")
        #expect(transfer == ["401002 上级补助收入 400.00（各单位拨付给它合计 500.00）", "401001 拨付给 401002 的对附属单位补助 500.00"])
        let outside = chinese("transfer_outside", "a receiving unit under N", "U1 transfer to (none) 500.00")
        #expect(outside == ["N 下属的接收单位", "U1 拨付给 （未填单位） 的对附属单位补助 500.00"])
    }

    @Test("workbook cells and sheets") func workbook() {
        #expect(chinese("xlsx_cell", "an empty cell (no column header above it)", "62万") == ["空单元格（上方没有列标题）", "62万"])
        let value = chinese(
            "xlsx_cell",
            "a value (a formula counts only by its saved result: open and save the file in Excel or WPS, or paste values)",
            "the error value #DIV/0! of =A1/0")
        #expect(value == ["一个值（公式只按保存下来的计算结果读取：请在 Excel 或 WPS 中打开并保存文件，或粘贴为数值）", "错误值 #DIV/0!（公式 =A1/0）"])
        #expect(
            chinese("xlsx_cell", "a value", "the formula =SUM(F2:F9) saved without its result")[1]
                == "保存时没有计算结果的公式 =SUM(F2:F9)")
        #expect(chinese("xlsx", "a workbook with a sheet", "no sheets") == ["至少有一个工作表的工作簿", "没有工作表"])
        #expect(chinese("xlsx", "a header row on sheet 填报", "an empty sheet") == ["工作表 填报 上的表头行", "空工作表"])
    }

    @Test("workbook files that cannot be read") func unreadableWorkbook() {
        #expect(
            chinese("xlsx", "a zip archive (starting with PK)", "bytes starting 0x41 0x42") == [
                "zip 压缩包（以 PK 开头）", "开头为 0x41 0x42 的字节",
            ])
        let encrypted = chinese(
            "xlsx", "an XLSX workbook (a zip archive)",
            "an OLE compound file: an encrypted workbook or an old .xls — save it as .xlsx without a password")
        #expect(encrypted == ["XLSX 工作簿（zip 压缩包）", "OLE 复合文件：加密的工作簿或旧版 .xls——请另存为不设密码的 .xlsx"])
        #expect(
            chinese("xlsx", "a file of at most 52428800 bytes", "60000000 bytes") == [
                "不超过 52428800 字节的文件", "60000000 字节",
            ])
        #expect(chinese("xlsx", "at most 20 characters", "21 or more") == ["最多 20 个字符", "21 个或更多"])
    }

    @Test("a text of no known shape is kept in English") func unknown() {
        #expect(
            chinese("future_rule", "a brand new expectation", "something") == ["a brand new expectation", "something"])
    }
}

/// The texts of the SQL validation rules (`sql/rules`) and the run checks (`sql/checks`).
extension FindingChinese {
    static let ruleExpectedPhrases = [
        "one line per kind, project, func_code and econ_code": "支出类型、项目名称、功能分类科目和经济分类科目都相同的行只能有一行",
        "basic or project": "基本支出或项目支出",
        "a 7-digit functional code": "7 位功能分类代码",
        "a 5-digit economic code": "5 位经济分类代码",
        "an amount": "金额",
        "a meta row unit_code": "基本信息中的单位代码行",
        "a meta row fiscal_year": "基本信息中的年度行",
        "a project name on a project line": "项目支出行填写项目名称",
        "operations or special on a project line": "项目支出行填写项目类别（运行维护经费或专项资金）",
        "no project name on a basic line": "基本支出行不填项目名称",
        "no project type on a basic line": "基本支出行不填项目类别",
    ]

    static let ruleExpectedPatterns = [
        FindingPattern(/at most budget_final (\S+)/) { "不超过全年预算数 \($0[0])" },
        FindingPattern(/income (\S+) = expenditure (\S+) \+ transfers (\S+) \+ year_end (\S+)/) {
            "收入 \($0[0]) = 支出 \($0[1]) + 对附属单位补助支出 \($0[2]) + 年末结转和结余 \($0[3])"
        },
        FindingPattern(/at most one (\S+) row/) { "“\(sectionItem($0[0]))”最多一行" },
        FindingPattern(/an economic classification code \(款\) of fiscal year (\d+)/) { "\($0[0]) 年度的经济分类代码（款）" },
        FindingPattern(/a functional classification code \(项\) of fiscal year (\d+)/) { "\($0[0]) 年度的功能分类代码（项）" },
        FindingPattern(/(\S+) within half of last year's (\S+)/) {
            "\(sectionItem($0[0])) 与上年的 \($0[1]) 相差不超过一半"
        },
        FindingPattern(/excluded at most in_service (\d+)/) { "不计入控制率人数不超过实有在职人数 \($0[0])" },
        FindingPattern(/(\S+) (\S+) \(the lines with economic code (\S+)\)/) {
            "\(item($0[0])) \($0[1])（经济分类代码为 \($0[2]) 的支出行合计）"
        },
        FindingPattern(/(.+) carryover = its year_end of (\d+): (\S+)(?: \(line (\d+) of submission (\d+)\))?/) {
            "\($0[0]) 年初结转和结余 = 其 \($0[1]) 年的年末结转和结余 \($0[2])"
                + ($0[3].isEmpty ? "" : "（提交 #\($0[4]) 第 \($0[3]) 行）")
        },
        FindingPattern(/(.+) from_superior (\S+) \(paid to it in all: (\S+)\)/) {
            "\($0[0]) 上级补助收入 \($0[1])（各单位拨付给它合计 \($0[2])）"
        },
        FindingPattern(/a receiving unit under (.+)/) { "\($0[0]) 下属的接收单位" },
    ]

    static let ruleFoundPatterns = [
        FindingPattern(/income (\S+)/, rules: ["balance"]) { "收入 \($0[0])" },
        FindingPattern(/a repeat of line (\d+)/, rules: ["duplicate_item"]) { "与第 \($0[0]) 行重复" },
        FindingPattern(/the same line as line (\d+)/, rules: ["duplicate_line"]) { "与第 \($0[0]) 行相同" },
        FindingPattern(/none/, rules: ["meta_required"]) { _ in "无" },
        FindingPattern(/excluded (\d+)/, rules: ["staffing"]) { "不计入控制率人数 \($0[0])" },
        FindingPattern(/(\S+) (\S+)/, rules: ["three_public_match"]) { "\(item($0[0])) \($0[1])" },
        FindingPattern(/(.+) carryover (\S+)/, rules: ["carryover_match"]) { "\($0[0]) 年初结转和结余 \($0[1])" },
        FindingPattern(/(.+) transfer to (.+) (\S+)/, rules: ["transfer_match", "transfer_outside"]) {
            "\($0[0]) 拨付给 \($0[1] == "(none)" ? "（未填单位）" : $0[1]) 的对附属单位补助 \($0[2])"
        },
    ]
}

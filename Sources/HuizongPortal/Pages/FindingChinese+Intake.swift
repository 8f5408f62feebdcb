/// The texts of intake: CSV syntax, header, cells, meta and the upload's checks.
extension FindingChinese {
    static let intakeExpectedPhrases = [
        "a double quote only at the start of a field (inside quotes write it twice)":
            "双引号只能出现在字段开头（引号内的双引号要连写两个）",
        "a closing double quote": "闭合的双引号",
        "a comma or line end after the closing double quote": "闭合双引号之后紧跟逗号或换行",
        "UTF-8 or GB18030 text": "UTF-8 或 GB18030 编码的文本",
        "a header row": "表头行",
        "each column at most once": "每列最多出现一次",
        "a section column (section or 表)": "“表”列（列名为 表 或 section）",
        "an empty item on an expenditure line": "支出行的“项目”留空",
        "a yuan amount with at most two decimals, e.g. 1234.56": "以元为单位的金额，最多两位小数，例如 1234.56",
        "the unit's code": "单位代码",
        "a four-digit year, e.g. 2022": "四位数字的年度，例如 2022",
        "a registered unit code": "已登记的单位代码",
    ]

    static let intakeExpectedPatterns = [
        FindingPattern(/one of the column names: (.+)/) { "以下列名之一：" + choices($0[0], separator: ", ", joiner: "、") },
        FindingPattern(/one of the sections: (.+)/) { "以下表之一：" + choices($0[0], separator: ", ", joiner: "、") },
        FindingPattern(/one of the items of (\S+): (.+)/) {
            "“\(section($0[0]))”表的以下项目之一：" + choices($0[1], separator: ", ", joiner: "、")
        },
        FindingPattern(/(\S+ \(.+\)) or (\S+ \(.+\))/) {
            choices("\($0[0]) or \($0[1])", separator: " or ", joiner: "或")
        },
        FindingPattern(/(\d+) fields/) { "\($0[0]) 个字段" },
        FindingPattern(/a (\d+)-digit functional classification code, e.g. (\d+)/) { "\($0[0]) 位功能分类代码，例如 \($0[1])" },
        FindingPattern(/a (\d+)-digit economic classification code, e.g. (\d+)/) { "\($0[0]) 位经济分类代码，例如 \($0[1])" },
        FindingPattern(/a whole non-negative number of at most (\d+) digits, e.g. (\d+)/) {
            "不超过 \($0[0]) 位的非负整数，例如 \($0[1])"
        },
        FindingPattern(/unit_code (.+) \(the upload's unit\)/) { "单位代码 \($0[0])（上传时选定的单位）" },
        FindingPattern(/fiscal_year (.+) \(the upload's year\)/) { "年度 \($0[0])（上传时选定的年度）" },
        FindingPattern(
            /an unlocked unit and year \(approved by (.+) on (.+); the finance office must unlock it first\)/
        ) {
            "未锁定的单位和年度（已由 \($0[0]) 于 \($0[1]) 审核通过并锁定；须先由财政部门解锁）"
        },
    ]

    static let intakeFoundPhrases = [
        "an empty cell": "空单元格",
        "an empty file": "空文件",
        "an empty column name": "空列名",
        "no section column": "没有“表”列",
        "bytes that are neither": "既不是 UTF-8 也不是 GB18030 的字节",
    ]

    static let intakeFoundPatterns = [
        FindingPattern(/a quote opened on line (\d+) that is never closed/, rules: ["csv_syntax"]) {
            "第 \($0[0]) 行开始的引号没有闭合"
        },
        FindingPattern(/bytes that are neither \(byte (0x[0-9A-F]+) on line (\d+) is not UTF-8\)/, rules: ["encoding"])
        {
            "既不是 UTF-8 也不是 GB18030 的字节（第 \($0[1]) 行的字节 \($0[0]) 不是 UTF-8）"
        },
        FindingPattern(/(\d+) fields/, rules: ["csv_syntax"]) { "\($0[0]) 个字段" },
        FindingPattern(/(.*) \(a second (\S+) column\)/, rules: ["header"]) { "\($0[0])（又一个“\(column($0[1]))”列）" },
        FindingPattern(/locked/, rules: ["locked"]) { _ in "已锁定" },
    ]
}

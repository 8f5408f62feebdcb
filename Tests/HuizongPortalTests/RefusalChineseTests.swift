import Testing

@testable import HuizongPortal

/// The core's English refusals as the portal shows them.
@Suite("refusals in Chinese") struct RefusalChineseTests {
    @Test(
        "every known refusal",
        arguments: [
            ("cannot approve submission 12: it was rejected", "提交 #12 已被拒收，不能审核通过。"),
            (
                "cannot return submission 12: it is not the submission in force for 401001 2022 (submission 14 is)",
                "提交 #12 不是单位 401001 2022 年度的有效版本（有效的是提交 #14），不能退回。"
            ),
            (
                "cannot approve submission 12: it is not the submission in force for 401001 2022 (none is)",
                "提交 #12 不是单位 401001 2022 年度的有效版本（目前没有有效版本），不能审核通过。"
            ),
            (
                "cannot approve submission 12: 401001 2022 is already approved (by office401 on 2026-11-29)",
                "单位 401001 2022 年度已由 office401 于 2026-11-29 审核通过。"
            ),
            (
                "cannot return submission 12: 401001 2022 is approved and locked (by office401 on 2026-11-29); unlock it first",
                "单位 401001 2022 年度已由 office401 于 2026-11-29 审核通过并锁定，请先解锁再退回。"
            ),
            ("cannot unlock 401001 2022: it is not locked", "单位 401001 2022 年度没有锁定，无需解锁。"),
            ("unknown submission 9", "没有找到提交 #9。"),
            ("unknown unit 999", "未登记的单位 999。"),
            ("unknown parent unit 999: register it first", "上级单位 999 尚未登记，请先添加它。"),
            ("unit 401001 already exists (局本级)", "单位 401001 已存在（局本级）。"),
            (
                "unit code 4/01 is not allowed: use 1 to 32 letters, digits, '.', '_' or '-'",
                "单位代码 4/01 不可用：只能由 1 到 32 个字母、数字、“.”、“_”或“-”组成。"
            ),
            ("unit 401009 needs a name", "单位 401009 需要名称。"),
            ("the office role needs --unit", "单位会计和财务科账号需要指定单位。"),
            ("a password needs at least 8 characters", "密码至少需要 8 个字符。"),
            ("account a401001 exists", "账号 a401001 已存在。"),
            (
                "no finished run for 401 in 2022: run `huizong run --unit 401 --year 2022` first",
                "单位 401 2022 年度还没有完成的汇总：请先在“报送情况”页面点击“立即汇总”。"
            ),
            (
                "run 7 for 401 2022 is in progress; try again when it has finished",
                "单位 401 2022 年度的汇总 #7正在进行，请等它结束后再试。"
            ),
            ("something new the core may say", "something new the core may say"),
        ])
    func refusal(english: String, chinese: String) {
        #expect(RefusalChinese.message(english) == chinese)
    }
}

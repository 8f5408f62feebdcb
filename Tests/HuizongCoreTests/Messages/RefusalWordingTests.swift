import Testing

@testable import HuizongCore

/// The exact words of the refusals the portal's users meet most, in both languages: the
/// English is what the command line has always printed, the Chinese what the portal showed.
@Suite struct RefusalWordingTests {
    static let cases: [(Refusal, String, String)] = [
        (
            .submissionRejected(id: 12, action: .approve), "cannot approve submission 12: it was rejected",
            "提交 #12 已被拒收，不能审核通过。"
        ),
        (
            .notInForce(id: 12, action: .return, unit: "401001", year: 2022, current: 14),
            "cannot return submission 12: it is not the submission in force for 401001 2022 (submission 14 is)",
            "提交 #12 不是单位 401001 2022 年度的有效版本（有效的是提交 #14），不能退回。"
        ),
        (
            .notInForce(id: 12, action: .approve, unit: "401001", year: 2022, current: nil),
            "cannot approve submission 12: it is not the submission in force for 401001 2022 (none is)",
            "提交 #12 不是单位 401001 2022 年度的有效版本（目前没有有效版本），不能审核通过。"
        ),
        (
            .alreadyApproved(submission: 12, unit: "401001", year: 2022, by: "office401", on: "2026-11-29"),
            "cannot approve submission 12: 401001 2022 is already approved (by office401 on 2026-11-29)",
            "单位 401001 2022 年度已由 office401 于 2026-11-29 审核通过。"
        ),
        (
            .approvedAndLocked(submission: 12, unit: "401001", year: 2022, by: "office401", on: "2026-11-29"),
            "cannot return submission 12: 401001 2022 is approved and locked (by office401 on 2026-11-29); unlock it first",
            "单位 401001 2022 年度已由 office401 于 2026-11-29 审核通过并锁定，请先解锁再退回。"
        ),
        (
            .notLocked(unit: "401001", year: 2022), "cannot unlock 401001 2022: it is not locked",
            "单位 401001 2022 年度没有锁定，无需解锁。"
        ),
        (.unknownSubmission(id: 9), "unknown submission 9", "没有找到提交 #9。"),
        (.unknownUnit(code: "999"), "unknown unit 999", "未登记的单位 999。"),
        (.unknownParentUnit(code: "999"), "unknown parent unit 999: register it first", "上级单位 999 尚未登记，请先添加它。"),
        (.unitExists(code: "401001", name: "局本级"), "unit 401001 already exists (局本级)", "单位 401001 已存在（局本级）。"),
        (
            .unitCodeNotAllowed(code: "4/01"),
            "unit code 4/01 is not allowed: use 1 to 32 letters, digits, '.', '_' or '-'",
            "单位代码 4/01 不可用：只能由 1 到 32 个字母、数字、“.”、“_”或“-”组成。"
        ),
        (.unitNeedsName(code: "401009"), "unit 401009 needs a name", "单位 401009 需要名称。"),
        (.roleNeedsUnit(role: .office), "the office role needs --unit", "单位会计和财务科账号需要指定单位。"),
        (.passwordTooShort(minimum: 8), "a password needs at least 8 characters", "密码至少需要 8 个字符。"),
        (.accountExists(name: "a401001"), "account a401001 exists", "账号 a401001 已存在。"),
        (
            .noFinishedRun(node: "401", year: 2022),
            "no finished run for 401 in 2022: run `huizong run --unit 401 --year 2022` first",
            "单位 401 2022 年度还没有完成的汇总：请先在“报送情况”页面点击“立即汇总”。"
        ),
        (
            .runInProgress(run: 7, node: "401", year: 2022),
            "run 7 for 401 2022 is in progress; try again when it has finished",
            "单位 401 2022 年度的汇总 #7正在进行，请等它结束后再试。"
        ),
        (
            .runInProgress(run: nil, node: "401", year: 2022),
            "another run for 401 2022 is in progress; try again when it has finished",
            "单位 401 2022 年度的另一个汇总正在进行，请等它结束后再试。"
        ),
        (
            .roleMayNotReview(account: "a401001", role: .accountant, action: .approve),
            "account a401001 is an accountant: only the finance office or an admin may approve a submission",
            "账号 a401001 的角色是单位会计：只有财务科或管理员可以审核通过提交。"
        ),
        (
            .invalidParameter(name: "by", value: "dept", accepted: ["econ", "func", "unit"]),
            "parameter by must be econ, func or unit, not “dept”",
            "参数 by 应为 econ、func 或 unit，收到的是“dept”。"
        ),
    ]

    @Test(arguments: cases)
    func wording(_ refusal: Refusal, english: String, chinese: String) {
        #expect(refusal.message(.en) == english)
        #expect(refusal.message(.zh) == chinese)
    }

    @Test func huizongErrorSpeaksEnglishByDefault() {
        let error = HuizongError.usage(.unknownUnit(code: "NOPE"))
        #expect(error.description == "unknown unit NOPE")
        #expect(error.message(.zh) == "未登记的单位 NOPE。")
        #expect(error.refusal == .unknownUnit(code: "NOPE"))
        #expect(error.exitCode == 2)
        #expect(HuizongError.locked(.runInProgress(run: nil, node: "401", year: 2022)).exitCode == 4)
    }
}

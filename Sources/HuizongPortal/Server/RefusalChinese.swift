/// The core's refusals (approving twice, an unknown unit …) in Chinese for the portal's
/// users. The core words them in English for the command line; each known shape is
/// rendered here, numbers, codes and names kept. An unknown shape is shown unchanged.
enum RefusalChinese {
    static func message(_ english: String) -> String {
        for pattern in patterns {
            if let chinese = pattern.translate(english, rule: "") { return chinese }
        }
        return english
    }

    private static func verb(_ english: String) -> String {
        english == "approve" ? "审核通过" : "退回"
    }

    private static let patterns: [FindingPattern] = [
        FindingPattern(/cannot (approve|return) submission (\d+): it was rejected/) {
            "提交 #\($0[1]) 已被拒收，不能\(verb($0[0]))。"
        },
        FindingPattern(
            /cannot (approve|return) submission (\d+): it is not the submission in force for (\S+) (\d+) \((?:submission (\d+) is|none is)\)/
        ) {
            let current = $0[4].isEmpty ? "目前没有有效版本" : "有效的是提交 #\($0[4])"
            return "提交 #\($0[1]) 不是单位 \($0[2]) \($0[3]) 年度的有效版本（\(current)），不能\(verb($0[0]))。"
        },
        FindingPattern(/cannot approve submission \d+: (\S+) (\d+) is already approved \(by (\S+) on (\S+)\)/) {
            "单位 \($0[0]) \($0[1]) 年度已由 \($0[2]) 于 \($0[3]) 审核通过。"
        },
        FindingPattern(
            /cannot return submission \d+: (\S+) (\d+) is approved and locked \(by (\S+) on (\S+)\); unlock it first/
        ) {
            "单位 \($0[0]) \($0[1]) 年度已由 \($0[2]) 于 \($0[3]) 审核通过并锁定，请先解锁再退回。"
        },
        FindingPattern(/cannot unlock (\S+) (\d+): it is not locked/) { "单位 \($0[0]) \($0[1]) 年度没有锁定，无需解锁。" },
        FindingPattern(/unknown submission (\d+)/) { "没有找到提交 #\($0[0])。" },
        FindingPattern(/unknown unit (\S+)/) { "未登记的单位 \($0[0])。" },
        FindingPattern(/unknown parent unit (\S+): register it first/) { "上级单位 \($0[0]) 尚未登记，请先添加它。" },
        FindingPattern(/unit (\S+) already exists \((.*)\)/) { "单位 \($0[0]) 已存在（\($0[1])）。" },
        FindingPattern(/unit code (\S+) is not allowed: .*/) {
            "单位代码 \($0[0]) 不可用：只能由 1 到 32 个字母、数字、“.”、“_”或“-”组成。"
        },
        FindingPattern(/unit (\S+) needs a name/) { "单位 \($0[0]) 需要名称。" },
        FindingPattern(/the (accountant|office) role needs --unit/) { _ in "单位会计和财务科账号需要指定单位。" },
        FindingPattern(/a password needs at least (\d+) characters/) { "密码至少需要 \($0[0]) 个字符。" },
        FindingPattern(/account (\S+) exists/) { "账号 \($0[0]) 已存在。" },
        FindingPattern(/(?:run (\d+)|another run) for (\S+) (\d+) is in progress; try again when it has finished/) {
            let run = $0[0].isEmpty ? "另一个汇总" : "汇总 #\($0[0])"
            return "单位 \($0[1]) \($0[2]) 年度的\(run)正在进行，请等它结束后再试。"
        },
        FindingPattern(/no finished run for (\S+) in (\d+): run .* first/) {
            "单位 \($0[0]) \($0[1]) 年度还没有完成的汇总：请先在“报送情况”页面点击“立即汇总”。"
        },
    ]
}

import HuizongCore

/// Chinese words for the states, severities and rules the portal shows.
enum Labels {
    static func status(_ status: String) -> String {
        switch status {
        case "accepted": return "已接受"
        case "accepted_with_warnings": return "已接受（有警告）"
        case "rejected": return "已拒收"
        case "missing": return "未报送"
        case "approved": return "已审核通过"
        case "returned": return "已退回"
        case "received": return "处理中"
        default: return status
        }
    }

    static func severity(_ severity: Severity) -> String {
        severity == .error ? "错误" : "警告"
    }

    /// An audit-log action in Chinese; an action without a word of its own as it is stored.
    static func auditAction(_ action: String) -> String {
        auditActions[action] ?? action
    }

    private static let auditActions = [
        "approve": "审核通过", "return": "退回", "unlock": "解锁",
        "explain": "填写审核说明", "confirm_explanation": "沿用审核说明",
        "accept_explanation": "接受审核说明", "reject_explanation": "不接受审核说明",
        "report.prose": "修改自评报告文字", "report.indicators": "载入自评表指标", "account.add": "添加账号", "unit.add": "添加单位",
        "login.failed": "登录失败",
    ]
}

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
}

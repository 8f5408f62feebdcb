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

    /// The rule's name in Chinese; the id where none is known.
    static func rule(_ id: String) -> String {
        ruleNames[id] ?? id
    }

    private static let ruleNames = [
        "encoding": "文件编码", "header": "表头", "csv_syntax": "CSV 格式", "amount": "金额格式",
        "xlsx": "Excel 文件", "xlsx_cell": "Excel 单元格", "meta": "基本信息", "locked": "已审核锁定",
        "actual_over_budget": "决算超预算", "balance": "收支平衡", "duplicate_item": "项目重复",
        "duplicate_line": "行重复", "econ_code_exists": "经济分类代码", "func_code_exists": "功能分类代码",
        "expenditure_required": "支出必填", "meta_required": "基本信息必填", "prior_year_change": "与上年比较",
        "project_fields": "项目信息", "staffing": "人员编制", "three_public_match": "三公经费一致",
        "three_public_over_budget": "三公经费超预算", "section": "表", "item": "项目", "kind": "支出类型",
        "project_type": "项目类别", "carryover_match": "结转结余上下年衔接", "transfer_match": "上下级补助一致",
        "transfer_outside": "补助对象在汇总范围外", "count": "数量格式", "func_code": "功能分类代码", "econ_code": "经济分类代码",
    ]
}

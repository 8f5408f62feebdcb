/// The texts of the report's notes, in English and Chinese, and the names of the figures
/// they speak of.
extension ReportNote {
    /// The note in `language`.
    public func message(_ language: Language) -> String {
        let figure = Self.figureName(text("figure"), language)
        switch (code, language) {
        case (.roundingParts, .en):
            return "\(figure): each part is rounded to 10,000 yuan on its own; the parts shown add to "
                + "\(text("parts_sum")) against the total \(text("total")), a difference of \(text("difference"))."
        case (.roundingParts, .zh):
            return "\(figure)：各项按万元四舍五入，合计与总额相差\(text("difference"))万元"
                + "（各项合计\(text("parts_sum"))万元，总额\(text("total"))万元）。"
        case (.roundingShares, .en):
            return "\(figure): each share is rounded to two decimals; they add to \(text("sum")) %."
        case (.roundingShares, .zh):
            return "\(figure)：各项占比按两位小数四舍五入，合计为\(text("sum"))%。"
        case (.noBase, .en):
            return "\(figure) is left to the office: its base, \(Self.figureName(text("base"), .en)), is zero."
        case (.noBase, .zh):
            return "\(figure)由办公室填写：其计算基数“\(Self.figureName(text("base"), .zh))”为零。"
        case (.notDeclared, .en):
            return "\(figure) is left to the office: no unit declared it."
        case (.notDeclared, .zh):
            return "\(figure)由办公室填写：各单位均未报送。"
        case (.notInFormat, .en):
            return "\(figure) is left to the office: the submission format has no item for it."
        case (.notInFormat, .zh):
            return "\(figure)由办公室填写：报送格式中无此项目。"
        case (.budgetTypeNotInFormat, .en):
            return "The submission format has no income of the state capital operations budget or of the "
                + "social insurance fund budget; sections 四 and 五 state that the department has none."
        case (.budgetTypeNotInFormat, .zh):
            return "报送格式中无国有资本经营预算和社会保险基金预算收入项目，第四、五部分据此填写“本单位无……支出”。"
        case (.proseMissing, .en):
            return "\(Self.proseName(text("part"), .en)) is not written yet: "
                + "huizong report prose --part \(text("part").replacingOccurrences(of: "_", with: "-")) FILE.md"
        case (.proseMissing, .zh):
            return "“\(Self.proseName(text("part"), .zh))”尚未填写，由办公室撰写后载入。"
        case (.draft, .en):
            return "Draft: run \(text("run")) is incomplete; units without an accepted submission: "
                + "\(text("missing")). Not to be handed in."
        case (.draft, .zh):
            return "草稿：汇总 #\(text("run")) 不完整，缺少单位：\(text("missing", separator: "、"))，不得作为正式报告报送。"
        default:
            return indicatorMessage(language)
        }
    }

    /// The notes on attachment 2's indicator rows.
    private func indicatorMessage(_ language: Language) -> String {
        let name = text("indicator")
        switch (code, language) {
        case (.indicatorsMissing, .en):
            return "Attachment 2's indicator rows are not loaded yet: huizong report template, then "
                + "huizong report indicators FILE.xlsx"
        case (.indicatorsMissing, .zh):
            return "附件2的绩效指标尚未载入，由办公室填写自评表模板后载入。"
        case (.indicatorActualDiffers, .en):
            return "\(name): the office typed \(text("typed")) as the actual; the data gives \(text("computed")), "
                + "which the report uses."
        case (.indicatorActualDiffers, .zh):
            return "\(name)：办公室填写的实际完成值为\(text("typed"))，按数据计算为\(text("computed"))，报告使用计算值。"
        case (.indicatorTargetNotMet, .en):
            return "\(name): the actual \(text("actual")) does not meet the target \(text("target")); "
                + "the office's full score \(text("score")) stands."
        case (.indicatorTargetNotMet, .zh):
            return "\(name)：实际完成值\(text("actual"))未达到年度指标值\(text("target"))，得分\(text("score"))为办公室评定。"
        case (.indicatorFullWeight, .en):
            return "\(name): the actual meets the target; the full weight \(text("weight")) counts, "
                + "not the office's \(text("typed"))."
        case (.indicatorFullWeight, .zh):
            return "\(name)：实际完成值达到年度指标值，按满分\(text("weight"))计，而非办公室填写的\(text("typed"))。"
        case (.indicatorScoreMissing, .en):
            return "\(name): no score while the target is not met; it counts 0."
        case (.indicatorScoreMissing, .zh):
            return "\(name)：未达到年度指标值且未评定得分，按0分计。"
        default:
            return code.rawValue
        }
    }

    private func text(_ name: String, separator: String = ", ") -> String {
        guard let value = args[name] else { return "" }
        if case .list(let list) = value { return list.joined(separator: separator) }
        return value.description
    }

    /// The name of the prose part `part` (`basic_info`, `performance`).
    static func proseName(_ part: String, _ language: Language) -> String {
        switch (part, language) {
        case ("basic_info", .en): "Sections 一（一）（二）, functions and organisation"
        case ("basic_info", .zh): "一、基本情况（一）部门职能（二）部门机构设置"
        case (_, .en): "Section 六 onwards, performance"
        case (_, .zh): "六、部门整体支出绩效情况及以后各部分"
        }
    }

    /// A figure's name for people, by its report key; the key itself when unnamed.
    static func figureName(_ key: String, _ language: Language) -> String {
        guard let names = figureNames[key] else { return key }
        return language == .zh ? names.zh : names.en
    }

    private static let figureNames: [String: (en: String, zh: String)] = [
        "income": ("Income by source", "收入各项"),
        "expenditure": ("Basic and project expenditure", "基本支出与项目支出"),
        "expenditure.shares": ("Shares of basic and project expenditure", "基本支出与项目支出占比"),
        "expenditure.total": ("Total expenditure", "支出总计"),
        "basic.by_econ": ("Basic expenditure by economic class", "基本支出按经济科目划分"),
        "basic.by_unit": ("Basic expenditure by unit", "基本支出按预算单位划分"),
        "project.by_econ": ("Project expenditure by economic class", "项目支出按经济科目划分"),
        "project.by_func": ("Project expenditure by functional class", "项目支出按支出功能科目划分"),
        "three_public.parts.budget": ("三公 initial budget by part", "“三公”经费年初预算各项"),
        "three_public.parts.actual": ("三公 actual by part", "“三公”经费决算各项"),
        "three_public.budget": ("The 三公 initial budget", "“三公”经费年初预算数"),
        "staffing": ("Staffing", "人员编制"),
        "staffing.control_rate": ("The staff control rate", "在职人员控制率"),
        "staffing.authorized": ("The establishment", "编制数"),
        "expenditure.basic_share": ("The share of basic expenditure", "基本支出占比"),
        "expenditure.project_share": ("The share of project expenditure", "项目支出占比"),
        "funds.initial": ("The initial budget", "年初预算数"),
        "funds.final": ("The final budget", "全年预算数"),
        "funds.execution_rate": ("The budget execution rate", "执行率"),
        "funds.special_account": (
            "Non-tax income managed in special accounts (自评表)", "纳入专户管理的非税收入拨款"
        ),
        "three_public.vehicle_count": ("The number of official vehicles", "公务用车保有量"),
        "cost_indicators.three_public_control_rate": ("The 三公 control rate", "“三公经费”控制率"),
        "cost_indicators.public_funds_control_rate": ("The public funds control rate", "公用经费控制率"),
        "cost_indicators.procurement_execution_rate": ("The procurement execution rate", "政府采购执行率"),
        "cost_indicators.staff_control_rate": ("The staff control rate", "在职人员控制率"),
        "basic.public_funds_final": ("The final budget of public funds (302)", "公用经费全年预算数"),
        "procurement.budget": ("The procurement budget", "政府采购预算数"),
    ]
}

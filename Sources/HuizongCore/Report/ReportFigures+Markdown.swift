extension ReportFigures {
    /// The report as Markdown, in the reference report's order and wording: 一 (the office's
    /// prose, then staffing), 二 (income, expenditure, 基本支出, 三公, 项目支出), 三 to 五, 六
    /// (the office's prose), the notes in `language`, attachment 1 (the base-data table) and
    /// the budget part of attachment 2. A draft says so under the title and in every section.
    public func renderMarkdown(to sink: OutputSink, language: Language = .zh) {
        sink.write("# \(source.nodeName)\(source.fiscalYear)年度部门整体支出绩效自评报告\n\n")
        section("一、基本情况", sink)
        sink.write(proseText(.basicInfo))
        sink.write("### （三）部门人员编制\n\n")
        sink.write(staffingText)
        section("二、一般公共预算支出情况", sink)
        sink.write(incomeText)
        sink.write("### （一）基本支出情况\n\n" + basicText)
        sink.write("### （二）“三公”经费情况\n\n" + threePublicText)
        sink.write("### （三）项目支出情况\n\n" + projectText)
        section("三、政府性基金预算支出情况", sink)
        sink.write(governmentFundText)
        section("四、国有资本经营预算支出情况", sink)
        sink.write("本单位无国有资本经营预算支出。\n\n")
        section("五、社会保险基金预算支出情况", sink)
        sink.write("本单位无社会保险基金预算支出。\n\n")
        section("六、部门整体支出绩效情况", sink)
        sink.write(proseText(.performance))
        section(language == .zh ? "说明" : "Notes", sink)
        for note in notes { sink.write("- \(TextEscaping.markdown(note.message(language)))\n") }
        sink.write("\n")
        section("附件1", sink)
        baseData.renderMarkdown(sink, heading: "###")
        sink.write("\n")
        section("附件2", sink)
        sink.write(attachmentTwo)
    }

    /// A section heading, with the draft line under it when the run is incomplete.
    private func section(_ title: String, _ sink: OutputSink) {
        sink.write("## \(title)\n\n")
        if draft {
            let missing = source.missingUnits.joined(separator: "、")
            sink.write("> 草稿：汇总 #\(source.runId) 不完整（缺少单位：\(missing)），不得作为正式报告报送。\n\n")
        }
    }

    private func proseText(_ part: ReportProse.Part) -> String {
        guard let text = prose[part] else {
            return "> （\(ReportNote.proseName(part.rawValue, .zh))由办公室撰写，尚未填写。）\n\n"
        }
        return text.hasSuffix("\n") ? text + "\n" : text + "\n\n"
    }

    private var year: String { String(source.fiscalYear) }

    private var staffingText: String {
        guard let authorized = staffing.authorized, let actual = staffing.actual else {
            return "各单位均未报送人员编制，由办公室填写。\n\n"
        }
        var text = "\(year)年末，\(source.nodeName)系统共有人员编制\(authorized)名，\(year)年末实有在职人数\(actual)人"
        if let excluded = staffing.excluded, excluded > 0 { text += "，其中不计入控制率人员\(excluded)人" }
        if let rate = staffing.controlRate { text += "，在职人员控制率\(rate)%" }
        text += "。\n\n| 单位代码 | 单位 | 编制数 | 实有在职人数 | 不计入控制率人数 |\n| --- | --- | ---: | ---: | ---: |\n"
        for unit in staffing.units {
            let cells = [unit.authorized, unit.actual, unit.excluded].map { $0.map(String.init) ?? "" }
            text += "| \(unit.code) | \(TextEscaping.markdown(unit.name)) | \(cells.joined(separator: " | ")) |\n"
        }
        return text + "\n"
    }

    private var incomeText: String {
        var parts = [
            "一般公共预算财政拨款收入\(income.generalPublic.wan)万元", "其他收入\(income.other.wan)万元",
            "事业收入\(income.business.wan)万元", "年初结转和结余\(income.carryover.wan)万元",
        ]
        let optional = [
            ("政府性基金预算财政拨款收入", income.governmentFund), ("经营收入", income.operating),
            ("上级补助收入", income.fromSuperior),
        ]
        parts += optional.filter { Hundredths($0.1.wan) != Hundredths("0") }.map { "\($0.0)\($0.1.wan)万元" }
        var text = "本部门\(year)年" + parts.joined(separator: "，") + "，全年收入总计\(income.total.wan)万元。"
        text += "\(year)年支出\(expenditure.total.wan)万元，其中基本支出\(expenditure.basic.wan)万元"
        if let share = expenditure.basicShare { text += "，占\(share)%" }
        text += "，项目支出\(expenditure.project.wan)万元"
        if let share = expenditure.projectShare { text += "，占\(share)%" }
        return text + "。\n\n" + notesText(["income", "expenditure", "expenditure.shares"])
    }

    private var basicText: String {
        "基本支出是用于为保障机关正常运转、完成日常工作任务而发生的支出，包括人员经费和日常公用经费。\n\n"
            + "\(year)年财政批复的基本支出年初预算为\(basic.initial.wan)万元，年中调整追加\(basic.adjustment.wan)万元，"
            + "本年实际支出\(basic.actual.wan)万元。\n\n"
            + "按照经济科目划分，各项支出金额分别为：\(Self.list(basic.byEcon))。\n\n"
            + "按预算单位划分：\(Self.list(basic.byUnit))。\n\n" + notesText(["basic.by_econ", "basic.by_unit"])
    }

    private var threePublicText: String {
        let part = { (key: String) in self.threePublic.parts.first { $0.key == key } }
        let overseas = part("overseas")
        let reception = part("reception")
        let vehicles = part("vehicles")
        let wan = { (amount: ExportAmount?) in amount?.wan ?? "0.00" }
        var text = "\(year)年财政批复“三公”经费年初预算数为\(threePublic.budget.wan)万元，其中：因公出国（境）费用"
        text += "\(wan(overseas?.budget))万元，公务接待费\(wan(reception?.budget))万元，公务用车购置及运行费\(wan(vehicles?.budget))万元。\n\n"
        text += "“三公”经费全年决算支出\(threePublic.actual.wan)万元，其中：因公出国（境）费用\(wan(overseas?.actual))万元，"
        text += "公务接待费\(wan(reception?.actual))万元，公务用车购置及运行费\(wan(vehicles?.actual))万元，"
        text += "较年初预算减少\(threePublic.saving.wan)万元。具体情况如下：\(year)年因公出国（境）费用预算\(wan(overseas?.budget))万元，"
        text += "实际支出\(wan(overseas?.actual))万元；\(year)年公务接待费预算\(wan(reception?.budget))万元，实际支出"
        text += "\(wan(reception?.actual))万元，决算较预算减少\(wan(reception?.saving))万元；"
        if let count = threePublic.vehicleCount { text += "\(year)年公务车保有量为\(count)台，" }
        text += "\(year)年公务用车购置及运行费预算\(wan(vehicles?.budget))万元，实际支出\(wan(vehicles?.actual))万元，"
        text += "其中公务用车购置费\(threePublic.vehiclePurchase.actual.wan)万元，公务用车运行维护费"
        text += "\(threePublic.vehicleOperation.actual.wan)万元，较预算减少\(wan(vehicles?.saving))万元。\n\n"
        return text + notesText(["three_public.parts.budget", "three_public.parts.actual"])
    }

    private var projectText: String {
        "项目支出是行政单位为完成特定的工作任务或事业发展目标，在基本的预算支出外，财政预算专项安排的支出。\n\n"
            + "\(year)年财政批复的项目支出年初预算为\(project.initial.wan)万元，本年结转及年中调整追加"
            + "\(project.adjustment.wan)万元，本年实际支出\(project.actual.wan)万元。\n\n"
            + "按经济科目划分，各项支出金额为：\(Self.list(project.byEcon))。\n\n"
            + "按支出功能科目划分，各项支出金额为：\(Self.list(project.byFunc))。\n\n"
            + notesText(["project.by_econ", "project.by_func"])
    }

    private var governmentFundText: String {
        if Hundredths(otherBudgets.governmentFund.wan) == Hundredths("0") { return "本单位无政府性基金预算支出。\n\n" }
        return "本单位政府性基金预算财政拨款收入\(otherBudgets.governmentFund.wan)万元；报送数据未按预算类型区分支出，"
            + "其支出情况由办公室填写。\n\n"
    }

    /// `工资福利支出1776.59万元，商品和服务支出318.19万元…`
    private static func list(_ parts: [Part]) -> String {
        // A name ending in a digit (基准预算单位000001) would run into its amount: keep them apart.
        parts.isEmpty
            ? "无"
            : parts.map { part in
                let gap = part.name.last?.isASCII == true && part.name.last?.isNumber == true ? " " : ""
                return "\(part.name)\(gap)\(part.amount.wan)万元"
            }.joined(separator: "，")
    }

    /// The rounding notes of `figures`, under the paragraph they concern.
    private func notesText(_ figures: [String]) -> String {
        let lines = notes.filter { note in
            [.roundingParts, .roundingShares].contains(note.code)
                && figures.contains(note.args["figure"]?.description ?? "")
        }.map { "> 注：\($0.message(.zh))\n" }
        return lines.isEmpty ? "" : lines.joined() + "\n"
    }

    private var attachmentTwo: String {
        let percent = { (rate: String?) in rate.map { "\($0)%" } ?? "（由办公室填写）" }
        let evaluation = selfEvaluation
        var text = "### \(year)年度部门整体支出绩效自评表\n\n预算部门：\(source.nodeName)\n\n"
        text += "| 年度预算申请（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        text += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        text += "| 年度资金总额 | \(funds.initial.wan) | \(funds.final.wan) | \(funds.actual.wan) | "
        text += "\(evaluation?.fundsWeight.description ?? "") | \(percent(funds.executionRate)) | "
        text += "\(evaluation?.fundsScore?.description ?? "") |\n\n"
        text += "| 按收入性质分 | 万元 | 按支出性质分 | 万元 |\n| --- | ---: | --- | ---: |\n"
        text += "| 一般公共预算 | \(funds.generalPublic.wan) | 基本支出 | \(funds.basic.wan) |\n"
        text += "| 政府性基金拨款 | \(funds.governmentFund.wan) | 项目支出 | \(funds.project.wan) |\n"
        text += "| 纳入专户管理的非税收入拨款 | \(funds.specialAccount?.wan ?? "（由办公室填写）") |  |  |\n"
        text += "| 其他资金 | \(funds.other.wan) |  |  |\n\n"
        guard let evaluation else {
            text += "成本指标（由数据计算）：\n\n| 三级指标 | 实际完成值 |\n| --- | ---: |\n"
            for indicator in costIndicators { text += "| \(indicator.name) | \(percent(indicator.value)) |\n" }
            return text + "\n> 绩效指标尚未载入：由办公室填写自评表模板后载入（huizong report indicators）。\n"
        }
        return text + indicatorTable(evaluation)
    }

    /// The indicator rows under their levels, a computed actual marked, and 总分.
    private func indicatorTable(_ evaluation: SelfEvaluation) -> String {
        var text = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        text += "| --- | --- | --- | --- | --- | ---: | ---: | --- |\n"
        var previous: (String, String)?
        for indicator in evaluation.indicators {
            let row = indicator.row
            let level1 = previous?.0 == row.level1 ? "" : row.level1
            let level2 = previous.map { $0 == (row.level1, row.level2) } == true ? "" : row.level2
            previous = (row.level1, row.level2)
            let actual = (indicator.actual ?? "") + (indicator.computed ? "（数据计算）" : "")
            let cells = [
                level1, level2, row.name, row.target, actual, row.weight.description,
                indicator.score.description, row.reason ?? "",
            ].map(TextEscaping.markdown)
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        text += "| 总分 |  |  |  |  | \(evaluation.max) | \(evaluation.total) |  |\n\n"
        let remarks = notes.filter { $0.code.rawValue.hasPrefix("indicator_") }
        for note in remarks { text += "> 注：\(note.message(.zh))\n" }
        return remarks.isEmpty ? text : text + "\n"
    }
}

extension ReportFigures {
    /// The report as blocks, in the reference report's order and wording: 一 (the office's
    /// prose, then staffing), 二 (income, expenditure, 基本支出, 三公, 项目支出), 三 to 五, 六
    /// (the office's prose), the notes in `language`, attachment 1 (the base-data table) and
    /// attachment 2 (the 自评表: funds, indicator rows, 总分;
    /// `ReportFigures+AttachmentTwo.swift`). A draft says so under every section heading.
    /// Every format renders these blocks, so the wording exists once.
    func document(language: Language = .zh) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.title("\(source.nodeName)\(source.fiscalYear)年度部门整体支出绩效自评报告")]
        blocks += section("一、基本情况") + proseBlocks(.basicInfo)
        blocks += [.heading("（三）部门人员编制", level: 2)] + staffingBlocks
        blocks += section("二、一般公共预算支出情况") + incomeBlocks
        blocks += [.heading("（一）基本支出情况", level: 2)] + basicBlocks
        blocks += [.heading("（二）“三公”经费情况", level: 2)] + threePublicBlocks
        blocks += [.heading("（三）项目支出情况", level: 2)] + projectBlocks
        blocks += section("三、政府性基金预算支出情况") + [.paragraph(governmentFundText)]
        blocks += section("四、国有资本经营预算支出情况") + [.paragraph("本单位无国有资本经营预算支出。")]
        blocks += section("五、社会保险基金预算支出情况") + [.paragraph("本单位无社会保险基金预算支出。")]
        blocks += section("六、部门整体支出绩效情况") + proseBlocks(.performance)
        blocks += section(language == .zh ? "说明" : "Notes") + [.list(notes.map { $0.message(language) })]
        blocks += section("附件1", attachment: true) + attachmentOne
        blocks += section("附件2", attachment: true) + attachmentTwo
        return blocks
    }

    /// A section heading, with the draft line under it when the run is incomplete.
    private func section(_ title: String, attachment: Bool = false) -> [ReportBlock] {
        let heading: ReportBlock = attachment ? .attachment(title) : .heading(title, level: 1)
        guard let draftLine else { return [heading] }
        return [heading, .note(draftLine)]
    }

    /// What a draft says under each section heading (and in the DOCX's header).
    var draftLine: String? {
        guard draft else { return nil }
        let missing = source.missingUnits.joined(separator: "、")
        return "草稿：汇总 #\(source.runId) 不完整（缺少单位：\(missing)），不得作为正式报告报送。"
    }

    private func proseBlocks(_ part: ReportProse.Part) -> [ReportBlock] {
        guard let text = prose[part] else {
            return [.note("（\(ReportNote.proseName(part.rawValue, .zh))由办公室撰写，尚未填写。）")]
        }
        return [.prose(text)]
    }

    private var year: String { String(source.fiscalYear) }

    private var staffingBlocks: [ReportBlock] {
        guard let authorized = staffing.authorized, let actual = staffing.actual else {
            return [.paragraph("各单位均未报送人员编制，由办公室填写。")]
        }
        var text: ReportText =
            "\(year)年末，\(source.nodeName)系统共有人员编制\(figure: String(authorized), key: "staffing.authorized")名，"
            + "\(year)年末实有在职人数\(figure: String(actual), key: "staffing.actual")人"
        if let excluded = staffing.excluded, excluded > 0 {
            text += "，其中不计入控制率人员\(figure: String(excluded), key: "staffing.excluded")人"
        }
        if let rate = staffing.controlRate { text += "，在职人员控制率\(figure: rate, key: "staffing.control_rate")%" }
        let rows = staffing.units.map { unit in
            [unit.code, unit.name] + [unit.authorized, unit.actual, unit.excluded].map { $0.map(String.init) ?? "" }
        }
        let table = ReportTable(
            head: ["单位代码", "单位", "编制数", "实有在职人数", "不计入控制率人数"], rows: rows,
            numeric: [false, false, true, true, true], widths: [2, 5, 2, 3, 3])
        return [.paragraph(text + "。"), .table(table)]
    }

    private var incomeBlocks: [ReportBlock] {
        var parts: [ReportText] = [
            "一般公共预算财政拨款收入\(income.generalPublic, key: "income.general_public")万元",
            "其他收入\(income.other, key: "income.other")万元", "事业收入\(income.business, key: "income.business")万元",
            "年初结转和结余\(income.carryover, key: "income.carryover")万元",
        ]
        let optional = [
            ("政府性基金预算财政拨款收入", income.governmentFund, "income.government_fund"),
            ("经营收入", income.operating, "income.operating"), ("上级补助收入", income.fromSuperior, "income.from_superior"),
        ]
        parts += optional.filter { Hundredths($0.1.wan) != Hundredths("0") }.map { "\($0.0)\($0.1, key: $0.2)万元" }
        var text: ReportText =
            "本部门\(year)年" + ReportText.joined(parts, separator: "，")
            + "，全年收入总计\(income.total, key: "income.total")万元。"
        text += "\(year)年支出\(expenditure.total, key: "expenditure.total")万元，其中基本支出"
        text += "\(expenditure.basic, key: "expenditure.basic")万元"
        if let share = expenditure.basicShare { text += "，占\(figure: share, key: "expenditure.basic_share")%" }
        text += "，项目支出\(expenditure.project, key: "expenditure.project")万元"
        if let share = expenditure.projectShare { text += "，占\(figure: share, key: "expenditure.project_share")%" }
        return [.paragraph(text + "。")] + noteBlocks(["income", "expenditure", "expenditure.shares"])
            + [.chart(natureChart)]
    }

    private var basicBlocks: [ReportBlock] {
        [
            .paragraph("基本支出是用于为保障机关正常运转、完成日常工作任务而发生的支出，包括人员经费和日常公用经费。"),
            .paragraph(
                "\(year)年财政批复的基本支出年初预算为\(basic.initial, key: "basic.initial")万元，年中调整追加"
                    + "\(basic.adjustment, key: "basic.adjustment")万元，本年实际支出\(basic.actual, key: "basic.actual")万元。"),
            .paragraph("按照经济科目划分，各项支出金额分别为：\(Self.list(basic.byEcon, key: "basic.by_econ"))。"),
            .paragraph("按预算单位划分：\(Self.list(basic.byUnit, key: "basic.by_unit"))。"),
        ] + noteBlocks(["basic.by_econ", "basic.by_unit"]) + [.chart(unitChart)]
    }

    private var threePublicBlocks: [ReportBlock] {
        let part = { (key: String) in self.threePublic.parts.first { $0.key == key } }
        let overseas = part("overseas")
        let reception = part("reception")
        let vehicles = part("vehicles")
        // A part the data has no row of prints 0.00, unlinked: there are no lines behind it.
        let wan = { (amount: ExportAmount?, column: String, part: String) -> ReportText in
            guard let amount else { return "0.00" }
            return "\(amount, key: "three_public.parts.\(column).\(part)")"
        }
        let budget: ReportText =
            "\(year)年财政批复“三公”经费年初预算数为\(threePublic.budget, key: "three_public.budget")万元，其中：因公出国（境）费用"
            + "\(wan(overseas?.budget, "budget", "overseas"))万元，公务接待费\(wan(reception?.budget, "budget", "reception"))万元，"
            + "公务用车购置及运行费\(wan(vehicles?.budget, "budget", "vehicles"))万元。"
        var text: ReportText =
            "“三公”经费全年决算支出\(threePublic.actual, key: "three_public.actual")万元，其中：因公出国（境）费用"
            + "\(wan(overseas?.actual, "actual", "overseas"))万元，"
        text += "公务接待费\(wan(reception?.actual, "actual", "reception"))万元，公务用车购置及运行费"
        text += "\(wan(vehicles?.actual, "actual", "vehicles"))万元，"
        text += "较年初预算减少\(threePublic.saving, key: "three_public.saving")万元。具体情况如下："
        text += "\(year)年因公出国（境）费用预算\(wan(overseas?.budget, "budget", "overseas"))万元，"
        text += "实际支出\(wan(overseas?.actual, "actual", "overseas"))万元；\(year)年公务接待费预算"
        text += "\(wan(reception?.budget, "budget", "reception"))万元，实际支出"
        text +=
            "\(wan(reception?.actual, "actual", "reception"))万元，决算较预算减少\(wan(reception?.saving, "saving", "reception"))万元；"
        if let count = threePublic.vehicleCount {
            text += "\(year)年公务车保有量为\(figure: String(count), key: "three_public.vehicle_count")台，"
        }
        text += "\(year)年公务用车购置及运行费预算\(wan(vehicles?.budget, "budget", "vehicles"))万元，"
        text += "实际支出\(wan(vehicles?.actual, "actual", "vehicles"))万元，"
        text += "其中公务用车购置费\(threePublic.vehiclePurchase.actual, key: "three_public.vehicle_purchase.actual")万元，"
        text += "公务用车运行维护费\(threePublic.vehicleOperation.actual, key: "three_public.vehicle_operation.actual")万元，"
        text += "较预算减少\(wan(vehicles?.saving, "saving", "vehicles"))万元。"
        return [.paragraph(budget), .paragraph(text), .table(threePublicTable)]
            + noteBlocks(["three_public.parts.budget", "three_public.parts.actual"]) + [.chart(threePublicChart)]
    }

    /// The names of the 三公 parts, by key.
    static let threePublicNames = ["overseas": "因公出国（境）费用", "reception": "公务接待费", "vehicles": "公务用车购置及运行费"]

    /// Every 三公 figure of the JSON in one table, the vehicle costs split as declared.
    private var threePublicTable: ReportTable {
        var rows = threePublic.parts.map {
            [Self.threePublicNames[$0.key] ?? $0.key, $0.budget.wan, $0.actual.wan, $0.saving.wan]
        }
        var keys: [[String?]] = threePublic.parts.map { part in
            [nil] + ["budget", "actual", "saving"].map { "three_public.parts.\($0).\(part.key)" }
        }
        rows.append(["其中：公务用车购置费", threePublic.vehiclePurchase.budget.wan, threePublic.vehiclePurchase.actual.wan, ""])
        rows.append([
            "　　　公务用车运行维护费", threePublic.vehicleOperation.budget.wan, threePublic.vehicleOperation.actual.wan, "",
        ])
        for item in ["vehicle_purchase", "vehicle_operation"] {
            keys.append([nil, "three_public.\(item).budget", "three_public.\(item).actual", nil])
        }
        rows.append(["合计", threePublic.budget.wan, threePublic.actual.wan, threePublic.saving.wan])
        keys.append([nil, "three_public.budget", "three_public.actual", "three_public.saving"])
        return ReportTable(
            head: ["“三公”经费（万元）", "年初预算", "决算", "较预算减少"], rows: rows,
            numeric: [false, true, true, true], widths: [6, 3, 3, 3], keys: keys)
    }

    private var projectBlocks: [ReportBlock] {
        [
            .paragraph("项目支出是行政单位为完成特定的工作任务或事业发展目标，在基本的预算支出外，财政预算专项安排的支出。"),
            .paragraph(
                "\(year)年财政批复的项目支出年初预算为\(project.initial, key: "project.initial")万元，本年结转及年中调整追加"
                    + "\(project.adjustment, key: "project.adjustment")万元，本年实际支出\(project.actual, key: "project.actual")万元。"
            ),
            .paragraph("按经济科目划分，各项支出金额为：\(Self.list(project.byEcon, key: "project.by_econ"))。"),
            .paragraph("按支出功能科目划分，各项支出金额为：\(Self.list(project.byFunc, key: "project.by_func"))。"),
        ] + noteBlocks(["project.by_econ", "project.by_func"]) + [.chart(econChart), .chart(priorYearChart)]
    }

    private var governmentFundText: ReportText {
        if Hundredths(otherBudgets.governmentFund.wan) == Hundredths("0") { return "本单位无政府性基金预算支出。" }
        // The same sum as income.government_fund (`sql/report/figures.sql`), whose lines it links to.
        return "本单位政府性基金预算财政拨款收入\(otherBudgets.governmentFund, key: "income.government_fund")万元；"
            + "报送数据未按预算类型区分支出，其支出情况由办公室填写。"
    }

    /// `工资福利支出1776.59万元，商品和服务支出318.19万元…`
    private static func list(_ parts: [Part], key: String) -> ReportText {
        // A name ending in a digit (基准预算单位000001) would run into its amount: keep them apart.
        parts.isEmpty
            ? "无"
            : ReportText.joined(
                parts.map { part in
                    let gap = part.name.last?.isASCII == true && part.name.last?.isNumber == true ? " " : ""
                    return "\(part.name)\(gap)\(part.amount, key: "\(key).\(part.code)")万元"
                }, separator: "，")
    }

    /// The rounding notes of `figures`, under the paragraph they concern.
    private func noteBlocks(_ figures: [String]) -> [ReportBlock] {
        notes.filter { note in
            [.roundingParts, .roundingShares].contains(note.code)
                && figures.contains(note.args["figure"]?.description ?? "")
        }.map { .note("注：\($0.message(.zh))") }
    }

    /// Attachment 1: the base-data table's own pieces.
    private var attachmentOne: [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(baseData.title, level: 3)]
        if let line = baseData.incompleteLine { blocks.append(.note(line)) }
        let widths = [6, 3, 3, 3]
        let numeric = [false, true, true, true]
        // 实有在职人数 is linked when the cell is the figure alone (no excluded staff in brackets).
        let inService = baseData.staffing?.excluded == "0" ? "staffing.actual" : nil
        blocks.append(
            .table(
                ReportTable(
                    head: baseData.staffingHead, rows: [baseData.staffingRow], numeric: numeric, widths: widths,
                    keys: [[nil, "staffing.authorized", inService, nil]])))
        let moneyKeys = baseData.rows.map { row in
            [nil] + ["prior_actual", "budget_final", "actual"].map { "base_data.\(row.key).\($0)" }
        }
        blocks.append(
            .table(
                ReportTable(
                    head: baseData.moneyHead, rows: baseData.moneyRows, numeric: numeric, widths: widths,
                    keys: moneyKeys)))
        return blocks + [
            .paragraph("厉行节约保障措施：\(baseData.footer.savingsMeasures ?? "")"),
            .paragraph("\(baseData.footer.signatureLine)"), .paragraph("\(baseData.footer.headLine)"),
        ]
    }
}

import Foundation
import ReportCheck

extension ReportFigures {
    /// Every figure of the report model, named the way Chinese budget reports name it, for
    /// `check-report --unit --year` (`ReportCheck.DataFigures`). Money in exact yuan, rates
    /// computed exactly from the yuan and counts (not from their two-decimal text).
    public var dataFigures: DataFigures {
        var entries: [DataFigures.Entry] = []
        entries += incomeEntries
        entries += expenditureEntries
        entries += spendingEntries(basic, scope: .basic, name: "基本支出")
        entries += spendingEntries(project, scope: .project, name: "项目支出")
        entries += threePublicEntries
        entries += staffingEntries
        entries += rateEntries
        entries += fundsEntries
        for index in entries.indices where entries[index].label == nil {
            entries[index].label = Self.labels[entries[index].key]
        }
        let units = (basic.byUnit.map { ($0.code, $0.name) } + staffing.units.map { ($0.code, $0.name) })
        var seen = Set<String>()
        let named = units.filter { !$0.1.isEmpty && seen.insert($0.0).inserted }.map {
            DataFigures.Unit(code: $0.0, name: $0.1)
        }
        let equal = funds.final == funds.actual && basic.final == basic.actual && project.final == project.actual
        return DataFigures(entries: entries, units: named, budgetsEqualActuals: equal)
    }

    /// Names for findings where the words a sentence uses are too short to say which figure it is.
    static let labels = [
        "basic.initial": "基本支出年初预算", "basic.final": "基本支出全年预算", "project.initial": "项目支出年初预算",
        "project.final": "项目支出全年预算", "basic.adjustment": "基本支出调整追加", "project.adjustment": "项目支出调整追加",
        "basic.actual": "基本支出本年实际支出", "project.actual": "项目支出本年实际支出",
        "three_public.budget": "“三公”经费年初预算", "three_public.actual": "“三公”经费决算",
        "staffing.authorized": "编制数", "staffing.actual": "实有在职人数",
    ]

    private var incomeEntries: [DataFigures.Entry] {
        [
            money("income.general_public", income.generalPublic, [["一般公共预算财政拨款收入"], ["一般公共预算拨款收入"]]),
            money("income.government_fund", income.governmentFund, [["政府性基金预算财政拨款收入"], ["政府性基金预算拨款收入"]]),
            money("income.business", income.business, [["事业收入"]]),
            money("income.operating", income.operating, [["经营收入"]]),
            money("income.from_superior", income.fromSuperior, [["上级补助收入"]]),
            money("income.other", income.other, [["其他收入"]]),
            money("income.carryover", income.carryover, [["年初结转和结余"], ["年初结转结余"]]),
            money("income.total", income.total, [["收入总计"], ["收入合计"], ["=总收入"], ["=收入"]]),
        ].map {
            var entry = $0; entry.basis = .actual; return entry
        }
    }

    private var expenditureEntries: [DataFigures.Entry] {
        var names: [[String]] = [["支出总计"], ["支出合计"], ["=支出总额"], ["=总支出"]]
        // Without government funds, every yuan spent is general-public budget: the reference's wording.
        if income.governmentFund.yuan == "0.00" { names.append(["=一般公共预算支出"]) }
        return [
            money("expenditure.total", expenditure.total, names, basis: .actual),
            money("expenditure.basic", expenditure.basic, [["基本支出"]], basis: .actual),
            money("expenditure.project", expenditure.project, [["项目支出"]], basis: .actual),
            money("basic.initial", basic.initial, [["基本支出"]], basis: .initial),
            money("basic.final", basic.final, [["基本支出"]], basis: .final),
            money("project.initial", project.initial, [["项目支出"]], basis: .initial),
            money("project.final", project.final, [["项目支出"]], basis: .final),
        ]
    }

    /// 基本支出 or 项目支出 inside its own section: the budget line's words alone, and the classes.
    private func spendingEntries(_ spending: Spending, scope: DataFigures.Scope, name: String) -> [DataFigures.Entry] {
        let kind = scope == .basic ? "basic" : "project"
        var entries = [
            money("\(kind).initial", spending.initial, [["=年初预算"], ["=年初预算数"]], scope: scope, basis: .initial),
            money("\(kind).final", spending.final, [["=全年预算"], ["=全年预算数"], ["=调整后预算"]], scope: scope, basis: .final),
            money("\(kind).adjustment", spending.adjustment, [["调整追加"], ["=年中调整"]], scope: scope),
            money(
                "\(kind).actual", spending.actual, [["=本年实际支出"], ["=实际支出"], ["=本年支出"]], scope: scope, basis: .actual),
        ]
        for part in spending.byEcon + spending.byFunc where !part.name.isEmpty {
            let group = spending.byEcon.contains { $0.code == part.code } ? "by_econ" : "by_func"
            entries.append(
                money("\(kind).\(group).\(part.code)", part.amount, [[part.name]], scope: scope, basis: .actual))
        }
        for part in spending.byUnit where !part.name.isEmpty {
            var entry = money(
                "\(kind).by_unit.\(part.code)", part.amount, [["=" + part.name], [part.name, name]], scope: scope,
                basis: .actual)
            entry.unitCode = part.code
            entries.append(entry)
        }
        if let final = spending.publicFundsFinal, let actual = spending.publicFunds {
            entries.append(money("\(kind).public_funds_final", final, [["公用经费"]], basis: .final))
            entries.append(money("\(kind).public_funds", actual, [["公用经费"]], basis: .actual))
        }
        return entries
    }

    private var threePublicEntries: [DataFigures.Entry] {
        let names: [String: [[String]]] = [
            "overseas": [["因公出国境费用"], ["因公出国境费"], ["出国经费"], ["出国费"]],
            "reception": [["公务接待费"], ["公务接待"]],
            "vehicles": [["公务用车购置及运行"], ["公务用车购置和运行"], ["公务用车购置和维护"]],
        ]
        var entries = budgetActual("three_public", threePublic.budget, threePublic.actual, [["三公经费"]])
        for part in threePublic.parts {
            entries += budgetActual("three_public.\(part.key)", part.budget, part.actual, names[part.key] ?? [])
        }
        entries += budgetActual(
            "three_public.vehicle_purchase", threePublic.vehiclePurchase.budget, threePublic.vehiclePurchase.actual,
            [["公务用车购置费"], ["公车购置"]])
        entries += budgetActual(
            "three_public.vehicle_operation", threePublic.vehicleOperation.budget,
            threePublic.vehicleOperation.actual, [["公务用车运行维护费"], ["公务用车运行费"], ["公车运行维护"]])
        entries += budgetActual(
            "procurement", procurement.budget, procurement.actual, [["政府采购金额"], ["政府采购"]], budget: .final)
        return entries
    }

    private var staffingEntries: [DataFigures.Entry] {
        var entries: [DataFigures.Entry] = []
        func add(_ key: String, _ value: Int?, _ names: [[String]], unit: UnitStaffing? = nil, label: String = "") {
            guard let value else { return }
            var entry = DataFigures.Entry(
                key: key, value: Decimal(value), unit: .count("人"), names: names, unitCode: unit?.code)
            entry.label = unit.map { $0.name + label }
            entries.append(entry)
        }
        add("staffing.authorized", staffing.authorized, [["编制"]])
        add("staffing.actual", staffing.actual, [["在职"]])
        add("staffing.excluded", staffing.excluded, [["不计入控制率"]])
        for unit in staffing.units {
            add("staffing.units.\(unit.code).authorized", unit.authorized, [["编制"]], unit: unit, label: "编制数")
            add("staffing.units.\(unit.code).actual", unit.actual, [["在职"]], unit: unit, label: "实有在职人数")
        }
        return entries
    }

    /// Rates, exact: a ratio of exact yuan or of counts, in percent.
    private var rateEntries: [DataFigures.Entry] {
        var entries: [DataFigures.Entry] = []
        func add(_ key: String, _ part: Decimal?, _ whole: Decimal?, _ names: [[String]]) {
            guard let part, let whole, whole != 0 else { return }
            entries.append(DataFigures.Entry(key: key, value: part / whole * 100, unit: .percent, names: names))
        }
        let counted = staffing.actual.map { Decimal($0 - (staffing.excluded ?? 0)) }
        add(
            "cost_indicators.staff_control_rate", counted, staffing.authorized.map { Decimal($0) },
            [["在职人员控制率"], ["人员控制率"], ["编制控制率"]])
        add(
            "cost_indicators.three_public_control_rate", yuan(threePublic.actual), yuan(threePublic.budget),
            [["三公经费控制率"]])
        add(
            "cost_indicators.public_funds_control_rate", basic.publicFunds.flatMap(yuan),
            basic.publicFundsFinal.flatMap(yuan), [["公用经费控制率"]])
        add(
            "cost_indicators.procurement_execution_rate", yuan(procurement.actual), yuan(procurement.budget),
            [["政府采购执行率"]])
        add("funds.execution_rate", yuan(funds.actual), yuan(funds.final), [["预算执行率"], ["资金执行率"]])
        add(
            "expenditure.basic_share", yuan(expenditure.basic), yuan(expenditure.total),
            [["基本支出", "占"], ["基本支出比重"]])
        add(
            "expenditure.project_share", yuan(expenditure.project), yuan(expenditure.total),
            [["项目支出", "占"], ["项目支出比重"]])
        return entries
    }

    private var fundsEntries: [DataFigures.Entry] {
        [
            money("funds.initial", funds.initial, [["年度资金总额"]], basis: .initial),
            money("funds.final", funds.final, [["年度资金总额"]], basis: .final),
            money("funds.actual", funds.actual, [["年度资金总额"]], basis: .actual),
        ]
    }

    private func budgetActual(
        _ key: String, _ budget: ExportAmount, _ actual: ExportAmount, _ names: [[String]],
        budget basis: DataFigures.Basis = .initial
    ) -> [DataFigures.Entry] {
        [
            money(key + ".budget", budget, names, basis: basis),
            money(key + ".actual", actual, names, basis: .actual),
        ]
    }

    private func money(
        _ key: String, _ amount: ExportAmount, _ names: [[String]], scope: DataFigures.Scope? = nil,
        basis: DataFigures.Basis? = nil
    ) -> DataFigures.Entry {
        DataFigures.Entry(
            key: key, value: yuan(amount) ?? 0, unit: .money(yuan: 1), names: names, scope: scope, basis: basis)
    }

    private func yuan(_ amount: ExportAmount) -> Decimal? {
        Decimal(string: amount.yuan)
    }
}

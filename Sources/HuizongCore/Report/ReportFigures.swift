/// The figures of the department's self-evaluation report (部门整体支出绩效自评报告,
/// `spec/report.md`) for one node, year and run: every number the report prints, computed by
/// `sql/report/figures.sql` from the run's consolidated results, as exact yuan with its 万元
/// display (`ExportAmount`), rates as two-decimal percent text, counts as whole numbers. A
/// nil figure is one the data cannot support; `notes` says why, and says where parts rounded
/// to 万元 do not add to their rounded total. Renderers (JSON, Markdown, and later DOCX, HTML)
/// read this and nothing else.
public struct ReportFigures: Sendable {
    /// The run the figures come from.
    public var source: ExportSource
    /// Rendered from an incomplete run because `--draft` asked for it.
    public var draft: Bool
    public var staffing: Staffing
    public var income: Income
    public var expenditure: Expenditure
    public var basic: Spending
    public var threePublic: ThreePublic
    public var project: Spending
    public var procurement: Procurement
    public var funds: Funds
    public var costIndicators: [CostIndicator]
    public var otherBudgets: OtherBudgets
    /// Attachment 1, the base-data table of the same run.
    public var baseData: BaseDataTable
    /// Sections 一（一）（二） and 六 onwards, as the office wrote them.
    public var prose: ReportProse
    /// Attachment 2's indicator rows, scored; nil until the office loads them
    /// (`huizong report indicators`).
    public var selfEvaluation: SelfEvaluation?
    /// Rounding differences and figures left to the office, in the order they arise.
    public var notes: [ReportNote]

    /// 一（三）: headcounts (nil where no unit declared them) and the control rate.
    public struct Staffing: Sendable {
        public var authorized: Int?
        public var actual: Int?
        public var excluded: Int?
        /// (actual − excluded) / authorized in percent; nil without an establishment.
        public var controlRate: String?
        public var units: [UnitStaffing]
    }

    /// One unit's 编制数, 实有在职人数 and 不计入控制率人数.
    public struct UnitStaffing: Sendable {
        public var code: String
        public var name: String
        public var authorized: Int?
        public var actual: Int?
        public var excluded: Int?
    }

    /// 收入: each item of the submissions' income section, internal transfers eliminated.
    public struct Income: Sendable {
        public var generalPublic: ExportAmount
        public var governmentFund: ExportAmount
        public var business: ExportAmount
        public var operating: ExportAmount
        public var fromSuperior: ExportAmount
        public var other: ExportAmount
        public var carryover: ExportAmount
        public var total: ExportAmount
    }

    /// 支出: total, basic and project actuals, and their shares of the total.
    public struct Expenditure: Sendable {
        public var total: ExportAmount
        public var basic: ExportAmount
        public var project: ExportAmount
        public var basicShare: String?
        public var projectShare: String?
    }

    /// 基本支出 or 项目支出: 年初预算, 全年预算, 调整 (final − initial), 实际, and the breakdowns
    /// of the actual (basic: by economic class and unit; project: by economic and functional class).
    public struct Spending: Sendable {
        public var initial: ExportAmount
        public var final: ExportAmount
        public var adjustment: ExportAmount
        public var actual: ExportAmount
        public var byEcon: [Part]
        /// Basic only.
        public var byUnit: [Part]
        /// Project only.
        public var byFunc: [Part]
        /// Basic only: 公用经费 (economic class 302), final budget and actual.
        public var publicFundsFinal: ExportAmount?
        public var publicFunds: ExportAmount?
    }

    /// One part of a breakdown: a class or a unit and its amount.
    public struct Part: Sendable {
        public var code: String
        public var name: String
        public var amount: ExportAmount
    }

    /// 三公经费: the declared 年初预算 and 决算, per part, and the saving.
    public struct ThreePublic: Sendable {
        public var budget: ExportAmount
        public var actual: ExportAmount
        public var saving: ExportAmount
        /// 公务用车保有量; nil where no unit declared it.
        public var vehicleCount: Int?
        public var parts: [ThreePublicPart]
        public var vehiclePurchase: BudgetActual
        public var vehicleOperation: BudgetActual
    }

    /// `overseas`, `reception` or `vehicles` (purchase and operation).
    public struct ThreePublicPart: Sendable {
        public var key: String
        public var budget: ExportAmount
        public var actual: ExportAmount
        public var saving: ExportAmount
    }

    /// A budget and what was spent of it.
    public struct BudgetActual: Sendable {
        public var budget: ExportAmount
        public var actual: ExportAmount
    }

    /// 政府采购金额: final budget and actual.
    public struct Procurement: Sendable {
        public var budget: ExportAmount
        public var actual: ExportAmount
    }

    /// The funds row of the 自评表 (年度资金总额) and its splits.
    public struct Funds: Sendable {
        public var initial: ExportAmount
        public var final: ExportAmount
        public var actual: ExportAmount
        public var executionRate: String?
        public var generalPublic: ExportAmount
        public var governmentFund: ExportAmount
        /// 纳入专户管理的非税收入拨款: the submission format has no such income item.
        public var specialAccount: ExportAmount?
        public var other: ExportAmount
        public var basic: ExportAmount
        public var project: ExportAmount
    }

    /// A 成本指标 of the 自评表 computed from the data.
    public struct CostIndicator: Sendable {
        public var key: String
        public var value: String?
        /// The indicator's name in the 自评表.
        public var name: String { Self.names[key] ?? key }

        static let names = [
            "staff_control_rate": "在职人员控制率", "three_public_control_rate": "“三公经费”控制率",
            "public_funds_control_rate": "公用经费控制率", "procurement_execution_rate": "政府采购执行率",
        ]
    }

    /// Sections 三 to 五: what the data says of the other budgets.
    public struct OtherBudgets: Sendable {
        /// 政府性基金预算财政拨款收入.
        public var governmentFund: ExportAmount
    }
}

import Postgres

extension ReportFigures {
    /// The report of `node` and `year` from its current run (or run `run`). An incomplete
    /// run is refused unless `draft`; the figures then carry a draft note.
    public static func load(
        node: String, year: Int, run: Int64? = nil, draft: Bool = false, files: ProjectFiles,
        connection: Connection
    ) throws -> ReportFigures {
        let source = try ExportSource.load(node: node, year: year, run: run, connection: connection)
        guard source.complete || draft else {
            throw HuizongError.refused(
                .reportRunIncomplete(run: source.runId, node: node, year: year, missing: source.missingUnits))
        }
        let rows = try FigureRows(runId: source.runId, files: files, connection: connection)
        var figures = try ReportFigures(
            source: source, draft: !source.complete, rows: rows,
            baseData: BaseDataTable.load(node: node, year: year, run: source.runId, connection: connection),
            prose: ReportProse.load(node: node, year: year, connection: connection))
        figures.selfEvaluation = try selfEvaluation(of: figures, files: files, connection: connection)
        figures.notes = figures.derivedNotes() + figures.indicatorNotes()
        return figures
    }

    /// Assembles the figures from the query's rows; notes are added by `derivedNotes`.
    init(source: ExportSource, draft: Bool, rows: FigureRows, baseData: BaseDataTable, prose: ReportProse) throws {
        self.source = source
        self.draft = draft
        self.baseData = baseData
        self.prose = prose
        notes = []
        staffing = Self.staffing(rows)
        income = Income(
            generalPublic: try rows.amount("income.general_public"),
            governmentFund: try rows.amount("income.government_fund"), business: try rows.amount("income.business"),
            operating: try rows.amount("income.operating"), fromSuperior: try rows.amount("income.from_superior"),
            other: try rows.amount("income.other"), carryover: try rows.amount("income.carryover"),
            total: try rows.amount("income.total"))
        expenditure = Expenditure(
            total: try rows.amount("expenditure.total"), basic: try rows.amount("expenditure.basic"),
            project: try rows.amount("expenditure.project"), basicShare: rows.rate("expenditure.basic_share"),
            projectShare: rows.rate("expenditure.project_share"))
        basic = try Self.spending("basic", rows)
        basic.byUnit = rows.parts("basic.by_unit")
        basic.publicFundsFinal = try rows.amount("basic.public_funds_final")
        basic.publicFunds = try rows.amount("basic.public_funds")
        project = try Self.spending("project", rows)
        project.byFunc = rows.parts("project.by_func")
        threePublic = try Self.threePublic(rows)
        procurement = Procurement(
            budget: try rows.amount("procurement.budget"), actual: try rows.amount("procurement.actual"))
        funds = Funds(
            initial: try rows.amount("funds.initial"), final: try rows.amount("funds.final"),
            actual: try rows.amount("funds.actual"), executionRate: rows.rate("funds.execution_rate"),
            generalPublic: try rows.amount("funds.general_public"),
            governmentFund: try rows.amount("funds.government_fund"), specialAccount: nil,
            other: try rows.amount("funds.other"), basic: try rows.amount("funds.basic"),
            project: try rows.amount("funds.project"))
        costIndicators = Self.costIndicatorKeys.map {
            CostIndicator(key: $0, value: rows.rate("cost_indicators.\($0)"))
        }
        otherBudgets = OtherBudgets(governmentFund: try rows.amount("other_budgets.government_fund"))
    }

    /// The cost indicators of the 自评表, in the order of spec/report.md.
    static let costIndicatorKeys = [
        "staff_control_rate", "three_public_control_rate", "public_funds_control_rate", "procurement_execution_rate",
    ]

    private static func staffing(_ rows: FigureRows) -> Staffing {
        let counts = ["authorized", "actual", "excluded"].map { figure in
            Dictionary(
                rows.entries("staffing.units.\(figure)").map { ($0.code ?? "", $0.shown.flatMap { Int($0) }) },
                uniquingKeysWith: { first, _ in first })
        }
        let units = rows.entries("staffing.units.authorized").map { entry in
            let code = entry.code ?? ""
            return UnitStaffing(
                code: code, name: entry.name ?? "", authorized: counts[0][code] ?? nil, actual: counts[1][code] ?? nil,
                excluded: counts[2][code] ?? nil)
        }
        return Staffing(
            authorized: rows.count("staffing.authorized"), actual: rows.count("staffing.actual"),
            excluded: rows.count("staffing.excluded"), controlRate: rows.rate("staffing.control_rate"), units: units)
    }

    private static func spending(_ kind: String, _ rows: FigureRows) throws -> Spending {
        Spending(
            initial: try rows.amount("\(kind).initial"), final: try rows.amount("\(kind).final"),
            adjustment: try rows.amount("\(kind).adjustment"), actual: try rows.amount("\(kind).actual"),
            byEcon: rows.parts("\(kind).by_econ"), byUnit: [], byFunc: [])
    }

    private static func threePublic(_ rows: FigureRows) throws -> ThreePublic {
        let budgets = rows.parts("three_public.parts.budget")
        let actuals = rows.parts("three_public.parts.actual")
        let savings = rows.parts("three_public.parts.saving")
        let parts = zip(budgets, zip(actuals, savings)).map { budget, rest in
            ThreePublicPart(key: budget.code, budget: budget.amount, actual: rest.0.amount, saving: rest.1.amount)
        }
        return ThreePublic(
            budget: try rows.amount("three_public.budget"), actual: try rows.amount("three_public.actual"),
            saving: try rows.amount("three_public.saving"), vehicleCount: rows.count("three_public.vehicle_count"),
            parts: parts,
            vehiclePurchase: BudgetActual(
                budget: try rows.amount("three_public.vehicle_purchase.budget"),
                actual: try rows.amount("three_public.vehicle_purchase.actual")),
            vehicleOperation: BudgetActual(
                budget: try rows.amount("three_public.vehicle_operation.budget"),
                actual: try rows.amount("three_public.vehicle_operation.actual")))
    }
}

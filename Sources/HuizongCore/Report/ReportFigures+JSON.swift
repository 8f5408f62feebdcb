extension ReportFigures {
    /// The report as JSON (`spec/report.md`): every figure as 万元 text with its `_yuan` twin,
    /// rates as two-decimal text, counts as numbers, nil as null; `indicators` is empty and
    /// `score` null until the office's indicator rows are loaded.
    public func renderJSON(to sink: OutputSink) {
        sink.write(json.text() + "\n")
    }

    var json: JSONValue {
        .object(
            [
                ("unit", .string(source.nodeCode)), ("unit_name", .string(source.nodeName)),
                ("year", .number(String(source.fiscalYear))), ("run", .number(String(source.runId))),
                ("complete", .bool(source.complete)), ("draft", .bool(draft)),
                ("missing_units", .array(source.missingUnits.map { .string($0) })),
                ("staffing", staffingJSON), ("income", incomeJSON), ("expenditure", expenditureJSON),
                ("basic", spendingJSON(basic, lists: [("by_econ", basic.byEcon), ("by_unit", basic.byUnit)])),
                ("three_public", threePublicJSON),
                ("project", spendingJSON(project, lists: [("by_econ", project.byEcon), ("by_func", project.byFunc)])),
                (
                    "procurement",
                    .object(Self.money("budget", procurement.budget) + Self.money("actual", procurement.actual))
                ),
                ("funds", fundsJSON),
                (
                    "cost_indicators",
                    .array(
                        costIndicators.map {
                            .object([
                                ("key", .string($0.key)), ("name", .string($0.name)), ("value", .string($0.value)),
                            ])
                        })
                ),
                ("other_budgets", .object(Self.money("government_fund", otherBudgets.governmentFund))),
                ("indicators", .array((selfEvaluation?.indicators ?? []).map(Self.indicatorJSON))),
                ("score", scoreJSON),
                ("base_data", baseDataJSON), ("prose", proseJSON),
                ("notes", .array(notes.map(Self.noteJSON))),
            ])
    }

    /// One row of attachment 2: the office's cells, the actual in force, the score counted.
    private static func indicatorJSON(_ indicator: ScoredIndicator) -> JSONValue {
        let row = indicator.row
        return .object([
            ("level1", .string(row.level1)), ("level2", .string(row.level2)), ("name", .string(row.name)),
            ("target", .string(row.target)), ("actual", .string(indicator.actual)),
            ("weight", .number(row.weight.description)), ("score", .number(indicator.score.description)),
            ("reason", .string(row.reason)), ("computed", .bool(indicator.computed)),
            ("verdict", .string(indicator.verdict.rawValue)),
        ])
    }

    /// 总分 and its parts: null until the office's rows are loaded.
    private var scoreJSON: JSONValue {
        guard let evaluation = selfEvaluation else { return .null }
        return .object([
            ("total", .number(evaluation.total.description)), ("max", .number(evaluation.max.description)),
            ("funds_weight", .number(evaluation.fundsWeight.description)),
            ("funds_score", evaluation.fundsScore.map { .number($0.description) } ?? .null),
            ("edition", .string(evaluation.edition)),
        ])
    }

    /// `name` (万元) and `name_yuan` (exact), null when the figure has no support.
    static func money(_ name: String, _ amount: ExportAmount?) -> [(String, JSONValue)] {
        [(name, .string(amount?.wan)), ("\(name)_yuan", .string(amount?.yuan))]
    }

    private var staffingJSON: JSONValue {
        let units = staffing.units.map { unit in
            JSONValue.object([
                ("code", .string(unit.code)), ("name", .string(unit.name)), ("authorized", .int(unit.authorized)),
                ("actual", .int(unit.actual)), ("excluded", .int(unit.excluded)),
            ])
        }
        return .object([
            ("authorized", .int(staffing.authorized)), ("actual", .int(staffing.actual)),
            ("excluded", .int(staffing.excluded)), ("control_rate", .string(staffing.controlRate)),
            ("units", .array(units)),
        ])
    }

    private var incomeJSON: JSONValue {
        .object(
            Self.money("general_public", income.generalPublic) + Self.money("government_fund", income.governmentFund)
                + Self.money("business", income.business) + Self.money("operating", income.operating)
                + Self.money("from_superior", income.fromSuperior) + Self.money("other", income.other)
                + Self.money("carryover", income.carryover) + Self.money("total", income.total))
    }

    private var expenditureJSON: JSONValue {
        .object(
            Self.money("total", expenditure.total) + Self.money("basic", expenditure.basic)
                + Self.money("project", expenditure.project)
                + [
                    ("basic_share", .string(expenditure.basicShare)),
                    ("project_share", .string(expenditure.projectShare)),
                ]
        )
    }

    private func spendingJSON(_ spending: Spending, lists: [(String, [Part])]) -> JSONValue {
        var members =
            Self.money("initial", spending.initial) + Self.money("final", spending.final)
            + Self.money("adjustment", spending.adjustment) + Self.money("actual", spending.actual)
        if let publicFunds = spending.publicFunds {
            members +=
                Self.money("public_funds_final", spending.publicFundsFinal)
                + Self.money("public_funds", publicFunds)
        }
        for (name, parts) in lists {
            members.append(
                (
                    name,
                    .array(
                        parts.map {
                            .object(
                                [("code", .string($0.code)), ("name", .string($0.name))]
                                    + Self.money("amount", $0.amount))
                        })
                ))
        }
        return .object(members)
    }

    private var threePublicJSON: JSONValue {
        let parts = threePublic.parts.map { part in
            JSONValue.object(
                [("key", .string(part.key))] + Self.money("budget", part.budget) + Self.money("actual", part.actual)
                    + Self.money("saving", part.saving))
        }
        let vehicle = { (pair: BudgetActual) in
            JSONValue.object(Self.money("budget", pair.budget) + Self.money("actual", pair.actual))
        }
        return .object(
            Self.money("budget", threePublic.budget) + Self.money("actual", threePublic.actual)
                + Self.money("saving", threePublic.saving)
                + [
                    ("vehicle_count", .int(threePublic.vehicleCount)), ("parts", .array(parts)),
                    ("vehicle_purchase", vehicle(threePublic.vehiclePurchase)),
                    ("vehicle_operation", vehicle(threePublic.vehicleOperation)),
                ])
    }

    private var fundsJSON: JSONValue {
        .object(
            Self.money("initial", funds.initial) + Self.money("final", funds.final) + Self.money("actual", funds.actual)
                + [("execution_rate", .string(funds.executionRate))]
                + Self.money("general_public", funds.generalPublic)
                + Self.money("government_fund", funds.governmentFund)
                + Self.money("special_account", funds.specialAccount) + Self.money("other", funds.other)
                + Self.money("basic", funds.basic) + Self.money("project", funds.project))
    }

    private var baseDataJSON: JSONValue {
        let rows = baseData.rows.map { row in
            JSONValue.object(
                [("key", .string(row.key)), ("label", .string(row.label))]
                    + Self.money("prior_actual", row.priorActual) + Self.money("budget_final", row.budgetFinal)
                    + Self.money("actual", row.actual))
        }
        let footer = baseData.footer
        return .object([
            ("prior_year", .number(String(source.fiscalYear - 1))), ("rows", .array(rows)),
            (
                "footer",
                .object([
                    ("preparer", .string(footer.preparer)), ("filled_on", .string(footer.filledOn)),
                    ("phone", .string(footer.phone)), ("head", .string(footer.head)),
                    ("savings_measures", .string(footer.savingsMeasures)),
                ])
            ),
        ])
    }

    private var proseJSON: JSONValue {
        .object(ReportProse.Part.allCases.map { ($0.rawValue, .string(prose[$0])) })
    }

    private static func noteJSON(_ note: ReportNote) -> JSONValue {
        let args = note.args.keys.sorted().map { key -> (String, JSONValue) in
            switch note.args[key]! {
            case .text(let text): (key, .string(text))
            case .number(let number): (key, .number(String(number)))
            case .list(let list): (key, .array(list.map { .string($0) }))
            }
        }
        return .object([
            ("code", .string(note.code.rawValue)), ("args", .object(args)), ("zh", .string(note.message(.zh))),
            ("en", .string(note.message(.en))),
        ])
    }
}

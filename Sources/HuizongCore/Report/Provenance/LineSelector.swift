import Postgres

/// Which lines of a run's submissions a figure sums, and which amount of each: the
/// parameters of `sql/report/provenance.sql`, mirroring how `sql/consolidate/` and
/// `sql/report/figures.sql` compute the figure.
struct LineSelector: Sendable, Equatable {
    /// The amount of a line a figure takes.
    enum Column: String, Sendable {
        case actual
        case budgetInitial = "budget_initial"
        case budgetFinal = "budget_final"
        /// budget_final − budget_initial (年中调整追加).
        case adjustment
        /// budget_initial − actual (三公's saving).
        case saving
    }

    var section: String
    var items: [String]? = nil
    var kind: String? = nil
    var projectType: String? = nil
    var project: String? = nil
    var econPrefix: String? = nil
    var funcPrefix: String? = nil
    var unit: String? = nil
    var column: Column = .actual
    /// Transfers paid inside the node are taken off (上级补助收入 and what sums it).
    var eliminateInternal = false

    /// The statement's parameters after the run id ($2 to $11).
    var parameters: [PostgresValue?] {
        [
            section.postgresValue, items?.postgresValue, kind?.postgresValue, projectType?.postgresValue,
            project?.postgresValue, econPrefix?.postgresValue, funcPrefix?.postgresValue, unit?.postgresValue,
            column.rawValue.postgresValue, eliminateInternal.postgresValue,
        ]
    }

    private static func spending(_ kind: String?, _ column: Column = .actual) -> LineSelector {
        LineSelector(section: "expenditure", kind: kind, column: column)
    }

    private static func income(_ items: [String]?, eliminate: Bool = false) -> LineSelector {
        LineSelector(section: "income", items: items, eliminateInternal: eliminate)
    }

    static let threePublicItems = ["overseas", "reception", "vehicle_purchase", "vehicle_operation"]
    static let incomeItems = [
        "appropriation", "government_fund", "business", "operating", "from_superior", "other", "carryover",
    ]

    /// The figures with a fixed key, as `sql/report/figures.sql` computes them.
    static let fixed: [String: LineSelector] = {
        var fixed: [String: LineSelector] = [
            "income.general_public": income(["appropriation"]),
            "income.government_fund": income(["government_fund"]), "income.business": income(["business"]),
            "income.operating": income(["operating"]), "income.other": income(["other"]),
            "income.carryover": income(["carryover"]),
            "income.from_superior": income(["from_superior"], eliminate: true),
            "income.total": income(nil, eliminate: true),
            "funds.general_public": income(["appropriation"]), "funds.government_fund": income(["government_fund"]),
            "funds.other": income(
                incomeItems.filter { !["appropriation", "government_fund"].contains($0) }, eliminate: true),
            "expenditure.total": spending(nil), "funds.actual": spending(nil),
            "funds.initial": spending(nil, .budgetInitial), "funds.final": spending(nil, .budgetFinal),
            "expenditure.basic": spending("basic"), "funds.basic": spending("basic"),
            "expenditure.project": spending("project"), "funds.project": spending("project"),
            "basic.public_funds": LineSelector(section: "expenditure", kind: "basic", econPrefix: "302"),
            "basic.public_funds_final": LineSelector(
                section: "expenditure", kind: "basic", econPrefix: "302", column: .budgetFinal),
            "three_public.actual": LineSelector(section: "three_public", items: threePublicItems),
            "three_public.budget": LineSelector(
                section: "three_public", items: threePublicItems, column: .budgetInitial),
            "three_public.saving": LineSelector(section: "three_public", items: threePublicItems, column: .saving),
            "three_public.vehicle_count": LineSelector(section: "three_public", items: ["vehicle_count"]),
            "staffing.authorized": LineSelector(section: "staffing", items: ["authorized"]),
            "staffing.actual": LineSelector(section: "staffing", items: ["in_service"]),
            "staffing.excluded": LineSelector(section: "staffing", items: ["excluded"]),
            "procurement.budget": LineSelector(section: "procurement", items: ["total"], column: .budgetFinal),
            "procurement.actual": LineSelector(section: "procurement", items: ["total"]),
        ]
        for kind in ["basic", "project"] {
            fixed["\(kind).actual"] = spending(kind)
            fixed["\(kind).initial"] = spending(kind, .budgetInitial)
            fixed["\(kind).final"] = spending(kind, .budgetFinal)
            fixed["\(kind).adjustment"] = spending(kind, .adjustment)
        }
        for item in ["vehicle_purchase", "vehicle_operation"] {
            fixed["three_public.\(item).actual"] = LineSelector(section: "three_public", items: [item])
            fixed["three_public.\(item).budget"] = LineSelector(
                section: "three_public", items: [item], column: .budgetInitial)
        }
        return fixed
    }()

    /// The list figures: a key's prefix, and the selector of one of its parts by code.
    static let lists: [(String, @Sendable (String) -> LineSelector?)] = [
        (
            "basic.by_econ",
            { code in digits(code) ? LineSelector(section: "expenditure", kind: "basic", econPrefix: code) : nil }
        ),
        (
            "project.by_econ",
            { code in digits(code) ? LineSelector(section: "expenditure", kind: "project", econPrefix: code) : nil }
        ),
        (
            "project.by_func",
            { code in digits(code) ? LineSelector(section: "expenditure", kind: "project", funcPrefix: code) : nil }
        ),
        (
            "basic.by_unit",
            { code in code.isEmpty ? nil : LineSelector(section: "expenditure", kind: "basic", unit: code) }
        ),
        ("three_public.parts.budget", { threePart($0, .budgetInitial) }),
        ("three_public.parts.actual", { threePart($0, .actual) }),
        ("three_public.parts.saving", { threePart($0, .saving) }),
    ]

    private static func digits(_ code: String) -> Bool {
        !code.isEmpty && code.count <= 7 && code.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A 三公 part (`overseas`, `reception`, `vehicles` = purchase + operation).
    private static func threePart(_ code: String, _ column: Column) -> LineSelector? {
        let items: [String]
        switch code {
        case "overseas", "reception": items = [code]
        case "vehicles": items = ["vehicle_purchase", "vehicle_operation"]
        default: return nil
        }
        return LineSelector(section: "three_public", items: items, column: column)
    }

    /// A row of the base-data table by its key, as `sql/consolidate/040_base_row.sql` sums it.
    static func baseRow(_ key: String) -> LineSelector? {
        switch key {
        case "total": return spending(nil)
        case "basic": return spending("basic")
        case "basic.public_funds": return LineSelector(section: "expenditure", kind: "basic", econPrefix: "302")
        case "project": return spending("project")
        case "project.operations": return LineSelector(section: "expenditure", projectType: "operations")
        case "project.special": return LineSelector(section: "expenditure", projectType: "special")
        case "three_public": return LineSelector(section: "three_public", items: threePublicItems)
        case "three_public.vehicles":
            return LineSelector(section: "three_public", items: ["vehicle_purchase", "vehicle_operation"])
        case "three_public.vehicles.purchase": return LineSelector(section: "three_public", items: ["vehicle_purchase"])
        case "three_public.vehicles.operation":
            return LineSelector(section: "three_public", items: ["vehicle_operation"])
        case "three_public.overseas": return LineSelector(section: "three_public", items: ["overseas"])
        case "three_public.reception": return LineSelector(section: "three_public", items: ["reception"])
        case "procurement": return LineSelector(section: "procurement", items: ["total"])
        default:
            let prefix = "project.special:"
            guard key.hasPrefix(prefix), key.count > prefix.count else { return nil }
            return LineSelector(
                section: "expenditure", projectType: "special", project: String(key.dropFirst(prefix.count)))
        }
    }
}

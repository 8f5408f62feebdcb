import Foundation

/// The figures Huizong computes for a node and year, each with the Chinese names a sentence may call it.
///
/// The data mode matches a sentence's figure to the entries its words name. Filled by HuizongCore from the
/// report's figure model (`ReportFigures.dataFigures`); ReportCheck itself knows no database.
public struct DataFigures: Sendable {
    /// The part of a report an entry belongs to: its names are only understood under a heading that says so
    /// (`商品和服务支出` is one figure under 基本支出 and another under 项目支出). Nil: anywhere.
    public enum Scope: String, Sendable {
        case basic, project, threePublic, staffing

        /// The scope a heading opens, from its words.
        static func of(heading: String) -> Scope? {
            if heading.contains("基本支出") { return .basic }
            if heading.contains("项目支出") { return .project }
            if heading.contains("三公") { return .threePublic }
            if heading.contains("编制") || heading.contains("人员") { return .staffing }
            return nil
        }
    }

    /// Which figure of a budget line an entry is: the sentence's words (年初预算, 决算, 实际) choose among them.
    public enum Basis: String, Sendable {
        case initial, final, actual
    }

    /// One figure of the data.
    public struct Entry: Sendable, Equatable {
        /// A stable key (`basic.by_econ.302`, `staffing.actual`): the report model's JSON key.
        public var key: String
        /// The exact value: 元 for money, percent for rates, persons for staffing.
        public var value: Decimal
        /// `.money(yuan: 1)`, `.percent`, or `.count("人")` for headcounts (printed with 名 or 人).
        public var unit: FigureUnit
        /// Ways a sentence names it: each a list of words that must all stand in the figure's clause; a word
        /// starting with `=` must be the whole clause.
        public var names: [[String]]
        public var scope: Scope?
        public var basis: Basis?
        /// The unit (预算单位) it belongs to: a clause is about it when the unit is named before it.
        public var unitCode: String?
        /// The name findings show (`基本支出年初预算`); else the first way it is named.
        public var label: String?

        public init(
            key: String, value: Decimal, unit: FigureUnit, names: [[String]], scope: Scope? = nil,
            basis: Basis? = nil, unitCode: String? = nil
        ) {
            self.key = key
            self.value = value
            self.unit = unit
            self.names = names
            self.scope = scope
            self.basis = basis
            self.unitCode = unitCode
        }

        /// The name findings show: the first way it is named.
        public var displayName: String {
            label ?? names.first?.map { $0.hasPrefix("=") ? String($0.dropFirst()) : $0 }.joined() ?? key
        }
    }

    /// A unit of the node by code and registered name: a sentence naming it is about that unit alone.
    public struct Unit: Sendable, Equatable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    public var entries: [Entry]
    public var units: [Unit]
    /// Whether the data's full-year budgets equal the actuals (total, basic, project): then a table column of
    /// adjusted budgets equal to the actuals is what the data says, not a copy.
    public var budgetsEqualActuals: Bool

    public init(entries: [Entry], units: [Unit] = [], budgetsEqualActuals: Bool = false) {
        self.entries = entries
        self.units = units
        self.budgetsEqualActuals = budgetsEqualActuals
    }
}

/// An item a section allows, with its English (canonical) and Chinese names.
struct SectionItem: Sendable {
    var english: String
    var chinese: String
}

extension Section {
    /// The name used in Chinese submission files.
    var chineseName: String {
        switch self {
        case .meta: "基本信息"
        case .staffing: "人员"
        case .income: "收入"
        case .balance: "结余"
        case .expenditure: "支出"
        case .threePublic: "三公经费"
        case .procurement: "政府采购"
        case .transfer: "对附属单位补助"
        }
    }

    /// The section written `name` in English or Chinese.
    init?(named name: String) {
        guard
            let section = Self.allCases.first(where: { $0.rawValue == name || $0.chineseName == name })
        else { return nil }
        self = section
    }

    /// The items this section allows; empty for expenditure, whose records have no item.
    var items: [SectionItem] { Self.itemTable[self] ?? [] }

    /// Built once: records look their item up here, one lookup per record.
    private static let itemTable: [Section: [SectionItem]] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, $0.listItems()) })

    private func listItems() -> [SectionItem] {
        switch self {
        case .meta:
            Self.pairs([
                ("unit_code", "单位代码"), ("fiscal_year", "年度"), ("unit_name", "单位名称"),
                ("preparer", "填表人"), ("phone", "联系电话"), ("head", "单位负责人"),
                // extensions of the spec, for the footer and last line of the base-data table
                ("filled_on", "填报日期"), ("savings_measures", "厉行节约保障措施"),
            ])
        case .staffing:
            Self.pairs([("authorized", "编制数"), ("in_service", "实有在职人数"), ("excluded", "不计入控制率人数")])
        case .income:
            Self.pairs([
                ("appropriation", "财政拨款收入"), ("government_fund", "政府性基金收入"), ("business", "事业收入"),
                ("operating", "经营收入"), ("from_superior", "上级补助收入"), ("other", "其他收入"),
                ("carryover", "年初结转和结余"),
            ])
        case .balance:
            Self.pairs([("year_end", "年末结转和结余")])
        case .expenditure:
            []
        case .threePublic:
            Self.pairs([
                ("overseas", "因公出国（境）费用"), ("reception", "公务接待费"), ("vehicle_purchase", "公务用车购置费"),
                ("vehicle_operation", "公务用车运行维护费"), ("vehicle_count", "公务用车保有量"),
            ])
        case .procurement:
            Self.pairs([("total", "合计")])
        case .transfer:
            Self.pairs([("to_subordinate", "对附属单位补助支出")])
        }
    }

    /// The canonical English name of the item written `name` in English or Chinese, if this section allows it.
    func itemNamed(_ name: String) -> String? {
        items.first { $0.english == name || $0.chinese == name }?.english
    }

    /// Whether `actual` holds a head count rather than yuan in records of this section and item.
    func countsInActual(item: String?) -> Bool {
        self == .staffing || (self == .threePublic && item == "vehicle_count")
    }

    private static func pairs(_ names: [(String, String)]) -> [SectionItem] {
        names.map { SectionItem(english: $0.0, chinese: $0.1) }
    }
}

/// A column of the submission file; the raw value indexes per-column arrays.
enum SubmissionColumn: Int, Sendable, CaseIterable {
    case section
    case item
    case kind
    case project
    case projectType
    case funcCode
    case econCode
    case budgetInitial
    case budgetFinal
    case actual
    case text

    /// The English name, used in headers and findings.
    var name: String {
        switch self {
        case .section: "section"
        case .item: "item"
        case .kind: "kind"
        case .project: "project"
        case .projectType: "project_type"
        case .funcCode: "func_code"
        case .econCode: "econ_code"
        case .budgetInitial: "budget_initial"
        case .budgetFinal: "budget_final"
        case .actual: "actual"
        case .text: "text"
        }
    }

    /// The name used in Chinese headers.
    var chineseName: String {
        switch self {
        case .section: "表"
        case .item: "项目"
        case .kind: "支出类型"
        case .project: "项目名称"
        case .projectType: "项目类别"
        case .funcCode: "功能分类科目"
        case .econCode: "经济分类科目"
        case .budgetInitial: "年初预算数"
        case .budgetFinal: "全年预算数"
        case .actual: "决算数"
        case .text: "说明"
        }
    }

    /// The column whose header is `name`, in English or Chinese.
    init?(named name: String) {
        guard let column = Self.allCases.first(where: { $0.name == name || $0.chineseName == name })
        else { return nil }
        self = column
    }
}

import Foundation

/// The words of generated files as bytes, for one file flavour: UTF-8 files use the English
/// names of sections, items, kinds and project types; GB18030 files, like those Excel and
/// WPS write on Chinese Windows, use the Chinese ones (and Chinese headers, CRLF). Encoded
/// once, so files are assembled from bytes without encoding anything per line.
struct GeneratorVocabulary: Sendable {
    let encoding: TextEncoding
    let header: [UInt8]
    let newline: [UInt8]

    let meta: [UInt8]
    let staffing: [UInt8]
    let income: [UInt8]
    let balance: [UInt8]
    let expenditure: [UInt8]
    let threePublic: [UInt8]
    let procurement: [UInt8]

    let unitCode: [UInt8]
    let fiscalYear: [UInt8]
    let unitName: [UInt8]
    let preparer: [UInt8]
    let phone: [UInt8]
    let authorized: [UInt8]
    let inService: [UInt8]
    let excluded: [UInt8]
    let appropriation: [UInt8]
    let business: [UInt8]
    let other: [UInt8]
    let carryover: [UInt8]
    let yearEnd: [UInt8]
    /// The declared 三公 items, in the order of `SubmissionGenerator.threePublicCodes`.
    let threePublicItems: [[UInt8]]
    let vehicleCount: [UInt8]
    let procurementTotal: [UInt8]

    let basic: [UInt8]
    let project: [UInt8]
    let operations: [UInt8]
    let special: [UInt8]

    /// Project names a unit draws from (each unit starts at its own place in the list).
    let projectNames: [[UInt8]]
    let openParenthesis: [UInt8]
    let closeParenthesis: [UInt8]
    let unitNamePrefix: [UInt8]
    let groupNamePrefix: [UInt8]
    let preparers: [[UInt8]]
    let excludedText: [UInt8]

    /// Foundation's GB18030 (no named constant exists on Linux).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    init(encoding: TextEncoding) {
        self.encoding = encoding
        let chinese = encoding == .gb18030
        func bytes(_ text: String) -> [UInt8] {
            // Fixed vocabulary: GB18030 encodes all of Unicode, so this cannot fail.
            chinese ? Array(text.data(using: Self.gb18030)!) : Array(text.utf8)
        }
        func section(_ section: Section) -> [UInt8] {
            bytes(chinese ? section.chineseName : section.rawValue)
        }
        func item(_ section: Section, _ english: String) -> [UInt8] {
            let entry = section.items.first { $0.english == english }!
            return bytes(chinese ? entry.chinese : entry.english)
        }
        header = bytes(SubmissionColumn.allCases.map { chinese ? $0.chineseName : $0.name }.joined(separator: ","))
        newline = chinese ? Array("\r\n".utf8) : Array("\n".utf8)

        meta = section(.meta)
        staffing = section(.staffing)
        income = section(.income)
        balance = section(.balance)
        expenditure = section(.expenditure)
        threePublic = section(.threePublic)
        procurement = section(.procurement)

        unitCode = item(.meta, "unit_code")
        fiscalYear = item(.meta, "fiscal_year")
        unitName = item(.meta, "unit_name")
        preparer = item(.meta, "preparer")
        phone = item(.meta, "phone")
        authorized = item(.staffing, "authorized")
        inService = item(.staffing, "in_service")
        excluded = item(.staffing, "excluded")
        appropriation = item(.income, "appropriation")
        business = item(.income, "business")
        other = item(.income, "other")
        carryover = item(.income, "carryover")
        yearEnd = item(.balance, "year_end")
        threePublicItems = SubmissionGenerator.threePublicCodes.map { item(.threePublic, $0.item) }
        vehicleCount = item(.threePublic, "vehicle_count")
        procurementTotal = item(.procurement, "total")

        basic = bytes(chinese ? ExpenditureKind.basic.chineseName : ExpenditureKind.basic.rawValue)
        project = bytes(chinese ? ExpenditureKind.project.chineseName : ExpenditureKind.project.rawValue)
        operations = bytes(chinese ? ProjectType.operations.chineseName : ProjectType.operations.rawValue)
        special = bytes(chinese ? ProjectType.special.chineseName : ProjectType.special.rawValue)

        var names: [[UInt8]] = []
        for qualifier in Self.projectQualifiers {
            for subject in Self.projectSubjects {
                for form in Self.projectForms { names.append(bytes(qualifier + subject + form)) }
            }
        }
        projectNames = names
        openParenthesis = bytes("（")
        closeParenthesis = bytes("）")
        unitNamePrefix = bytes(SubmissionGenerator.unitNamePrefix)
        groupNamePrefix = bytes(SubmissionGenerator.groupNamePrefix)
        preparers = Self.preparerNames.map(bytes)
        excludedText = bytes("派驻人员")
    }

    private static let projectQualifiers = ["", "市级", "中央补助", "省级补助"]
    private static let projectSubjects = [
        "信息化建设", "办公设备购置", "业务培训", "专项调研", "安全生产监管", "生态环境监测", "城市管理",
        "社区服务", "群众文化活动", "全民健身", "农业技术推广", "水利设施维护", "农村公路养护", "公共卫生服务",
        "教育质量提升", "科技创新扶持", "市场监管执法", "应急物资储备", "档案数字化", "政务服务改革",
    ]
    private static let projectForms = ["经费", "专项资金", "补助资金", "运行维护费", "工作经费", "建设项目"]
    private static let preparerNames = ["张三", "李四", "王芳", "刘洋", "陈静", "杨帆", "赵敏", "黄磊"]
}

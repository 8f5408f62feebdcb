import Foundation

@testable import HuizongCore

/// Sample files and a parse helper shared by the intake tests.
enum IntakeFixture {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The example file of spec/submission-format.md.
    static let example = """
        section,item,kind,project,project_type,func_code,econ_code,budget_initial,budget_final,actual,text
        meta,unit_code,,,,,,,,,401002
        meta,fiscal_year,,,,,,,,,2022
        meta,preparer,,,,,,,,,张三
        staffing,authorized,,,,,,,,17,
        staffing,in_service,,,,,,,,17,
        staffing,excluded,,,,,,,,0,
        income,appropriation,,,,,,,,1500000.00,
        income,carryover,,,,,,,,20000.00,
        balance,year_end,,,,,,,,0,
        expenditure,,basic,,,2150508,30101,600000,620000.00,620000.00,
        expenditure,,basic,,,2150508,30231,30000,25000.00,25000.00,
        expenditure,,project,无线电管理经费（中央财政补助资金）,special,2150508,30299,0,875000.00,875000.00,
        three_public,vehicle_operation,,,,,,30000,25000.00,25000.00,
        three_public,vehicle_count,,,,,,,,2,
        procurement,total,,,,,,,300000.00,300000.00,

        """

    /// The same file with Chinese column names and Chinese enumerations.
    static let exampleInChinese = """
        表,项目,支出类型,项目名称,项目类别,功能分类科目,经济分类科目,年初预算数,全年预算数,决算数,说明
        基本信息,单位代码,,,,,,,,,401002
        基本信息,年度,,,,,,,,,2022
        基本信息,填表人,,,,,,,,,张三
        人员,编制数,,,,,,,,17,
        人员,实有在职人数,,,,,,,,17,
        人员,不计入控制率人数,,,,,,,,0,
        收入,财政拨款收入,,,,,,,,1500000.00,
        收入,年初结转和结余,,,,,,,,20000.00,
        结余,年末结转和结余,,,,,,,,0,
        支出,,基本支出,,,2150508,30101,600000,620000.00,620000.00,
        支出,,基本支出,,,2150508,30231,30000,25000.00,25000.00,
        支出,,项目支出,无线电管理经费（中央财政补助资金）,专项资金,2150508,30299,0,875000.00,875000.00,
        三公经费,公务用车运行维护费,,,,,,30000,25000.00,25000.00,
        三公经费,公务用车保有量,,,,,,,,2,
        政府采购,合计,,,,,,,300000.00,300000.00,

        """

    /// The typed lines of the example file.
    static let exampleLines: [SubmissionLine] = [
        SubmissionLine(line: 2, section: .meta, item: "unit_code", text: "401002"),
        SubmissionLine(line: 3, section: .meta, item: "fiscal_year", text: "2022"),
        SubmissionLine(line: 4, section: .meta, item: "preparer", text: "张三"),
        SubmissionLine(line: 5, section: .staffing, item: "authorized", actual: Fen(1700)),
        SubmissionLine(line: 6, section: .staffing, item: "in_service", actual: Fen(1700)),
        SubmissionLine(line: 7, section: .staffing, item: "excluded", actual: Fen(0)),
        SubmissionLine(line: 8, section: .income, item: "appropriation", actual: Fen(150_000_000)),
        SubmissionLine(line: 9, section: .income, item: "carryover", actual: Fen(2_000_000)),
        SubmissionLine(line: 10, section: .balance, item: "year_end", actual: Fen(0)),
        SubmissionLine(
            line: 11, section: .expenditure, kind: .basic, funcCode: "2150508", econCode: "30101",
            budgetInitial: Fen(60_000_000), budgetFinal: Fen(62_000_000), actual: Fen(62_000_000)),
        SubmissionLine(
            line: 12, section: .expenditure, kind: .basic, funcCode: "2150508", econCode: "30231",
            budgetInitial: Fen(3_000_000), budgetFinal: Fen(2_500_000), actual: Fen(2_500_000)),
        SubmissionLine(
            line: 13, section: .expenditure, kind: .project, project: "无线电管理经费（中央财政补助资金）",
            projectType: .special, funcCode: "2150508", econCode: "30299", budgetInitial: Fen(0),
            budgetFinal: Fen(87_500_000), actual: Fen(87_500_000)),
        SubmissionLine(
            line: 14, section: .threePublic, item: "vehicle_operation", budgetInitial: Fen(3_000_000),
            budgetFinal: Fen(2_500_000), actual: Fen(2_500_000)),
        SubmissionLine(line: 15, section: .threePublic, item: "vehicle_count", actual: Fen(200)),
        SubmissionLine(
            line: 16, section: .procurement, item: "total", budgetFinal: Fen(30_000_000),
            actual: Fen(30_000_000)),
    ]

    /// A parse's report and the lines it handed on.
    struct Parsed {
        var report: ParseReport
        var lines: [SubmissionLine]
    }

    static func parse(_ bytes: [UInt8], file: String = "unit.csv") -> Parsed {
        var lines: [SubmissionLine] = []
        let report = SubmissionParser(fileName: file).parse(bytes) { lines.append($0) }
        return Parsed(report: report, lines: lines)
    }

    static func parse(_ text: String, file: String = "unit.csv") -> Parsed {
        parse(Array(text.utf8), file: file)
    }

    /// `text` encoded in GB18030 by Foundation.
    static func gb18030Bytes(_ text: String) -> [UInt8] {
        guard let data = text.data(using: gb18030) else { fatalError("not encodable in GB18030") }
        return Array(data)
    }

    /// A one-data-row file with the columns `section,item,actual` and `row` as its second line.
    static func oneRow(_ row: String) -> String {
        "section,item,actual\n\(row)\n"
    }

    /// An error finding in unit.csv.
    static func error(
        _ rule: String, line: Int?, column: String?, expected: String, found: String
    ) -> Finding.Text {
        Finding.Text(
            file: "unit.csv", line: line, column: column, rule: rule, severity: .error,
            expected: expected,
            found: found)
    }

    static let amountExpected = "a yuan amount with at most two decimals, e.g. 1234.56"
    static let countExpected = "a whole non-negative number of at most 9 digits, e.g. 17"
}

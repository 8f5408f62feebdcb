import Foundation
import ReportCheck
import Testing

/// The data mode without a database: a handful of entries named as HuizongCore names them.
@Suite struct DataMatcherTests {
    static let data = DataFigures(
        entries: [
            .init(key: "income.business", value: 154_500, unit: .money(yuan: 1), names: [["事业收入"]], basis: .actual),
            .init(key: "basic.initial", value: 15_249_500, unit: .money(yuan: 1), names: [["基本支出"]], basis: .initial),
            .init(
                key: "expenditure.basic", value: 28_584_000, unit: .money(yuan: 1), names: [["基本支出"]], basis: .actual),
            .init(
                key: "basic.by_econ.302", value: 3_181_860, unit: .money(yuan: 1), names: [["商品和服务支出"]], scope: .basic,
                basis: .actual),
            .init(
                key: "project.by_econ.302", value: 8_374_200, unit: .money(yuan: 1), names: [["商品和服务支出"]],
                scope: .project, basis: .actual),
            .init(key: "staffing.authorized", value: 93, unit: .count("人"), names: [["编制"]]),
            .init(
                key: "staffing.units.401002.authorized", value: 17, unit: .count("人"), names: [["编制"]],
                unitCode: "401002"),
            .init(
                key: "cost_indicators.staff_control_rate", value: Decimal(91) / 93 * 100, unit: .percent,
                names: [["在职人员控制率"]]),
        ],
        units: [.init(code: "401002", name: "市无线电监测站")])

    private func check(_ lines: String...) -> [String] {
        let paragraphs = lines.enumerated().map { ReportParagraph(number: $0.offset + 1, text: $0.element) }
        return summary(ReportChecker(data: Self.data).check(ReportDocument(paragraphs: paragraphs)))
    }

    @Test func rightFiguresAtTheirPrintedPrecisionGiveNothing() {
        #expect(check("事业收入15.45万元。基本支出年初预算1524.95万元。", "基本支出2858.4万元。", "事业收入154500元。") == [])
        #expect(check("在职人员控制率", "≤100%", "98%") == [], "97.85 rounds to 98")
    }

    @Test func aWrongFigureIsAnErrorWithTheDataFigure() {
        #expect(check("事业收入15.54万元。") == ["data_mismatch 15.54万元 → 15.45万元"])
        #expect(check("基本支出年初预算为2000万元。") == ["data_mismatch 2000万元 → 1524.95万元"])
        #expect(check("在职人员控制率", "97%") == ["rate_unsupported 97% → 97.85%"])
    }

    @Test func sectionsAndUnitsDecideWhichFigureAClauseNames() {
        #expect(check("（一）基本支出情况", "商品和服务支出318.19万元。") == [])
        #expect(check("（三）项目支出情况", "商品和服务支出318.19万元。") == ["data_mismatch 318.19万元 → 837.42万元"])
        #expect(check("商品和服务支出1万元。") == [], "outside a section the class is not judged")
        #expect(check("共有人员编制93名。其中：市无线电监测站全额拨款事业编制17名。") == [])
        #expect(check("市无线电监测站编制18名。") == ["data_mismatch 18名 → 17名"])
        #expect(check("局机关共有人员编制35名，二级单位共有人员编制58名。") == [], "parts of the node are not the whole")
        #expect(check("事业收入预算20万元。") == [], "a basis the data has no figure of is not judged")
    }

    @Test func aCopiedColumnIsAWarningUnlessTheDataSaysSo() {
        let rows = [
            ["项目", "预算数（调整）", "决算数"], ["支出总额", "3708.44", "3708.44"], ["基本支出", "2858.4", "2858.4"],
            ["项目支出", "850.04", "850.04"],
        ]
        let document = ReportDocument(
            paragraphs: rows.enumerated().map {
                ReportParagraph(
                    number: $0.offset + 1, text: $0.element.joined(separator: "\t"), cells: $0.element, table: 0)
            })
        #expect(
            summary(ReportChecker(data: Self.data).check(document))
                == ["column_copied 决算数 → -"])
        var equal = Self.data
        equal.budgetsEqualActuals = true
        #expect(ReportChecker(data: equal).check(document).isEmpty)
    }
}

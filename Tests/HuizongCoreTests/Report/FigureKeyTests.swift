import Testing

@testable import HuizongCore

/// Which keys `FigureKey.parse` takes and what each sums.
@Suite("figure keys") struct FigureKeyTests {
    @Test("report keys, list parts and base-data cells parse to their lines")
    func shapes() throws {
        let econ = try FigureKey.parse("basic.by_econ.302")
        #expect(econ.selector == LineSelector(section: "expenditure", kind: "basic", econPrefix: "302"))
        #expect(econ.published == .report(figure: "basic.by_econ", code: "302"))
        #expect(try FigureKey.parse("staffing.actual").measure == .count)
        #expect(try FigureKey.parse("staffing.actual").selector.items == ["in_service"])
        #expect(try FigureKey.parse("income.total").selector.eliminateInternal)
        #expect(try FigureKey.parse("basic.adjustment").selector.column == .adjustment)
        #expect(
            try FigureKey.parse("three_public.parts.budget.vehicles").selector
                == LineSelector(
                    section: "three_public", items: ["vehicle_purchase", "vehicle_operation"], column: .budgetInitial))
        let special = try FigureKey.parse("base_data.project.special:无线电管理经费.budget_final")
        #expect(special.selector.project == "无线电管理经费")
        #expect(special.selector.column == .budgetFinal)
        #expect(special.published == .baseRow(key: "project.special:无线电管理经费", column: "budget_final"))
        let prior = try FigureKey.parse("base_data.basic.public_funds.prior_actual")
        #expect(prior.yearOffset == -1)
        #expect(prior.published == .baseRow(key: "basic.public_funds", column: "actual"))
    }

    @Test("anything else is refused naming the key shapes")
    func refused() {
        for key in [
            "", "basic", "basic.by_econ.", "basic.by_econ.30%", "three_public.parts.actual.cars",
            "base_data.basic.total", "base_data.nothing.actual", "expenditure.basic_share",
        ] {
            #expect(throws: HuizongError.self, "\(key)") { try FigureKey.parse(key) }
            do {
                _ = try FigureKey.parse(key)
            } catch let error as HuizongError {
                #expect(error.refusal == .unknownFigureKey(key: key, shapes: FigureKey.shapes))
                #expect(error.exitCode == 2)
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}

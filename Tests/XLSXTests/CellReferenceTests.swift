import Testing
import XLSX

@Suite struct CellReferenceTests {
    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA"), (16_384, "XFD")])
    func columnNames(column: Int, name: String) {
        #expect(CellReference.columnName(column) == name)
        #expect(CellReference(name + "1")?.column == column)
    }

    @Test func parsesAndPrints() {
        #expect(CellReference("F12") == CellReference(row: 12, column: 6))
        #expect(CellReference("$F$12")?.description == "F12")
        #expect(CellReference(row: 12, column: 6).absolute == "$F$12")
        #expect(CellRange(CellReference(row: 1, column: 1), CellReference(row: 4, column: 4)).description == "A1:D4")
    }

    @Test(arguments: ["", "12", "F", "F0", "f12", "XFE1", "A1048577", "1A", "A1B"])
    func refusesMalformed(text: String) {
        #expect(CellReference(text) == nil)
    }
}

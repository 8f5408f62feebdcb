/// One row that has at least one cell element, in sheet order.
public struct SheetRow: Sendable, Equatable {
    /// The 1-based row number.
    public var number: Int
    /// The row's cells, left to right, as stored (blank styled cells included).
    public var cells: [SheetCell]

    /// Row `number` holding `cells`.
    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }
}

/// One cell as stored on a sheet.
public struct SheetCell: Sendable, Equatable {
    /// Where the cell is.
    public var reference: CellReference
    /// The stored (cached) value.
    public var value: CellValue
    /// The formula text without the leading `=`, when the cell has a formula; empty for a cell that shares a
    /// formula written on another cell.
    public var formula: String?

    /// A cell at `reference` holding `value`, with an optional `formula`.
    public init(reference: CellReference, value: CellValue, formula: String? = nil) {
        self.reference = reference
        self.value = value
        self.formula = formula
    }
}

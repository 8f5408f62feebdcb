extension CellRange {
    /// The same cells with `first` top-left and `last` bottom-right.
    var topLeftToBottomRight: CellRange {
        CellRange(
            CellReference(row: min(first.row, last.row), column: min(first.column, last.column)),
            CellReference(row: max(first.row, last.row), column: max(first.column, last.column)))
    }

    /// Whether the two ranges share a cell.
    func sharesCells(with other: CellRange) -> Bool {
        let lhs = topLeftToBottomRight
        let rhs = other.topLeftToBottomRight
        return lhs.first.row <= rhs.last.row && rhs.first.row <= lhs.last.row
            && lhs.first.column <= rhs.last.column && rhs.first.column <= lhs.last.column
    }
}

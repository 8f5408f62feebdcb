/// One sheet of a workbook being written: cells, merges, sizes, drop-down lists and print settings.
public struct Worksheet: Sendable {
    /// A cell's content (nil for a styled empty cell) and style.
    struct Cell: Sendable, Equatable {
        var content: CellContent?
        var style: CellStyle
    }

    /// The tab's name: 1–31 characters, none of `: \ / ? * [ ]`, not starting or ending with `'`;
    /// checked by `Workbook.bytes()`.
    public var name: String
    /// Column widths in characters, by 1-based column.
    public var columnWidths: [Int: Double] = [:]
    /// Row heights in points, by 1-based row.
    public var rowHeights: [Int: Double] = [:]
    /// Drop-down lists, written in this order.
    public var dataValidations: [DataValidation] = []
    /// Printing.
    public var pageSetup = PageSetup()
    /// Rows kept in view while scrolling (a frozen header); 0 for none.
    public var frozenRows = 0
    /// Whether the tab shows.
    public var state: SheetState = .visible
    /// The range given filter buttons in its first row; nil for none.
    public var autoFilter: CellRange?
    /// Protect the sheet (without a password): only cells styled `locked: false` can be edited.
    public var isProtected = false

    var cells: [CellReference: Cell] = [:]
    /// Merged ranges in the order merged.
    private(set) var merges: [CellRange] = []

    /// An empty sheet called `name`.
    public init(name: String) {
        self.name = name
    }

    /// Puts `content` in the cell at `reference`, styled `style`.
    public mutating func set(_ reference: CellReference, _ content: CellContent, style: CellStyle = CellStyle()) {
        cells[reference] = Cell(content: content, style: style)
    }

    /// Styles the cell at `reference`, keeping its content; an empty cell stays empty but draws its border and fill.
    public mutating func style(_ reference: CellReference, _ style: CellStyle) {
        cells[reference, default: Cell(content: nil, style: style)].style = style
    }

    /// Merges `range` into one cell showing the top-left cell's content. With `style`, every cell of the range
    /// gets it, so that borders draw on all edges of the merged area.
    public mutating func merge(_ range: CellRange, style: CellStyle? = nil) {
        merges.append(range)
        guard let style else { return }
        let area = range.topLeftToBottomRight
        for row in area.first.row...area.last.row {
            for column in area.first.column...area.last.column {
                self.style(CellReference(row: row, column: column), style)
            }
        }
    }

    /// The content at `reference`, if any.
    public func content(at reference: CellReference) -> CellContent? {
        cells[reference]?.content
    }
}

/// How a sheet prints: A4, orientation, scaling, print area and header rows repeated on every page.
public struct PageSetup: Sendable, Equatable {
    /// Paper orientation.
    public enum Orientation: Sendable, Equatable {
        /// Taller than wide.
        case portrait
        /// Wider than tall.
        case landscape
    }

    /// Paper orientation.
    public var orientation: Orientation = .portrait
    /// Scale the print to one page wide and `fitToHeight` pages tall.
    public var fitToOnePage = true
    /// Pages tall when fitting; 0 lets long tables run over as many pages as they need (with `repeatRows`).
    public var fitToHeight = 1
    /// The cells printed; nil prints the used range.
    public var printArea: CellRange?
    /// Rows printed at the top of every page, such as a table's header.
    public var repeatRows: ClosedRange<Int>?
    /// Center the table between the left and right margins.
    public var horizontallyCentered = true

    /// A4 page setup; by default portrait, fitted to one page and centered.
    public init(
        orientation: Orientation = .portrait, fitToOnePage: Bool = true, fitToHeight: Int = 1,
        printArea: CellRange? = nil, repeatRows: ClosedRange<Int>? = nil, horizontallyCentered: Bool = true
    ) {
        self.orientation = orientation
        self.fitToOnePage = fitToOnePage
        self.fitToHeight = fitToHeight
        self.printArea = printArea
        self.repeatRows = repeatRows
        self.horizontallyCentered = horizontallyCentered
    }
}

/// A drop-down list on a range of cells: entries outside the list are refused.
public struct DataValidation: Sendable, Equatable {
    /// Where the list's entries come from.
    public enum ListSource: Sendable, Equatable {
        /// Literal entries, written inline as `"a,b,c"`; none may contain `,` or `"`, and together
        /// (with the commas) they must fit 255 characters.
        case values([String])
        /// Cells on a sheet, such as a code list: `'代码'!$A$2:$A$300`.
        case range(sheet: String, CellRange)
    }

    /// The cells the list applies to.
    public var range: CellRange
    /// The entries offered.
    public var list: ListSource
    /// Whether an empty cell is acceptable.
    public var allowBlank = true
    /// Title of the message on an invalid entry (at most 32 characters).
    public var errorTitle: String?
    /// Message on an invalid entry (at most 255 characters).
    public var errorMessage: String?
    /// Title of the hint shown when the cell is selected (at most 32 characters).
    public var promptTitle: String?
    /// Hint shown when the cell is selected (at most 255 characters).
    public var prompt: String?

    /// A list validation on `range`.
    public init(
        range: CellRange, list: ListSource, allowBlank: Bool = true, errorTitle: String? = nil,
        errorMessage: String? = nil, promptTitle: String? = nil, prompt: String? = nil
    ) {
        self.range = range
        self.list = list
        self.allowBlank = allowBlank
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.promptTitle = promptTitle
        self.prompt = prompt
    }
}

/// One parsed record, every enumeration in its English canonical form.
public struct SubmissionLine: Sendable, Equatable {
    /// Physical line where the record starts (the header is line 1).
    public var line: Int
    public var section: Section
    /// English canonical item name (e.g. "unit_code", "appropriation"); nil for expenditure.
    public var item: String?
    public var kind: ExpenditureKind?
    public var project: String?
    public var projectType: ProjectType?
    public var funcCode: String?
    public var econCode: String?
    /// nil when the cell is empty.
    public var budgetInitial: Fen?
    public var budgetFinal: Fen?
    /// For counts (staffing, vehicle_count) the count × 100 fen, so "17" is Fen(1700), shown "17.00".
    public var actual: Fen?
    /// Free text, trimmed; nil when empty.
    public var text: String?

    /// Creates a line; every cell not given is empty.
    public init(
        line: Int, section: Section, item: String? = nil, kind: ExpenditureKind? = nil,
        project: String? = nil,
        projectType: ProjectType? = nil, funcCode: String? = nil, econCode: String? = nil,
        budgetInitial: Fen? = nil, budgetFinal: Fen? = nil, actual: Fen? = nil, text: String? = nil
    ) {
        self.line = line
        self.section = section
        self.item = item
        self.kind = kind
        self.project = project
        self.projectType = projectType
        self.funcCode = funcCode
        self.econCode = econCode
        self.budgetInitial = budgetInitial
        self.budgetFinal = budgetFinal
        self.actual = actual
        self.text = text
    }
}

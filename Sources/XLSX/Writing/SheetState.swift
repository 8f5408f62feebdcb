/// Whether a sheet's tab shows in the workbook.
public enum SheetState: Sendable, Equatable {
    /// A normal tab.
    case visible
    /// Hidden; the user can unhide it from the tab menu.
    case hidden
    /// Hidden; only a macro or the file itself can unhide it.
    case veryHidden
}

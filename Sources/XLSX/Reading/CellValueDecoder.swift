/// Reads a cell's stored value according to its type attribute `t`.
struct CellValueDecoder {
    let sheetName: String
    let part: String
    let sharedStrings: [String]

    func value(of draft: WorksheetParser.CellDraft) throws -> CellValue {
        let stored = draft.value
        switch draft.type {
        case "n":
            guard draft.hasValue, !stored.isEmpty else { return .empty }
            guard ExcelNumber.isNumber(stored) else { throw invalid(draft, "a number", quoted(stored)) }
            return .number(stored)
        case "s":
            guard draft.hasValue, !stored.isEmpty else { return .empty }
            guard let index = Int(stored), sharedStrings.indices.contains(index) else {
                throw invalid(draft, "a shared string index below \(sharedStrings.count)", quoted(stored))
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            if let inline = draft.inline { return .text(inline) }
            return draft.hasValue ? .text(stored) : .empty
        case "str": return draft.hasValue ? .text(stored) : .empty
        case "b": return try boolean(draft)
        case "e": return draft.hasValue ? .error(stored) : .empty
        case "d": return draft.hasValue && !stored.isEmpty ? .date(stored) : .empty
        default:
            throw invalid(draft, "a cell type n, s, str, inlineStr, b, e or d", "t=\(quoted(draft.type))")
        }
    }

    private func boolean(_ draft: WorksheetParser.CellDraft) throws -> CellValue {
        switch draft.value {
        case "1", "true": return .boolean(true)
        case "0", "false": return .boolean(false)
        case "" where !draft.hasValue: return .empty
        default: throw invalid(draft, "a boolean 0 or 1", quoted(draft.value))
        }
    }

    private func quoted(_ text: String) -> String {
        "\"" + (text.count > 40 ? text.prefix(40) + "…" : text) + "\""
    }

    private func invalid(_ draft: WorksheetParser.CellDraft, _ expected: String, _ found: String) -> WorkbookError {
        WorkbookError(
            .invalidCell, part: part, cell: "\(sheetName)!\(draft.reference)", expected: expected, found: found)
    }
}

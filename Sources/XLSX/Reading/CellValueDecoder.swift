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
            guard ExcelNumber.isNumber(stored) else {
                throw WorkbookError(.notANumber(part: part, cell: cell(draft), value: cut(stored)))
            }
            return .number(stored)
        case "s":
            guard draft.hasValue, !stored.isEmpty else { return .empty }
            guard let index = Int(stored), sharedStrings.indices.contains(index) else {
                throw WorkbookError(
                    .badSharedStringIndex(
                        part: part, cell: cell(draft), count: sharedStrings.count, value: cut(stored)))
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
            throw WorkbookError(.badCellType(part: part, cell: cell(draft), type: cut(draft.type)))
        }
    }

    private func boolean(_ draft: WorksheetParser.CellDraft) throws -> CellValue {
        switch draft.value {
        case "1", "true": return .boolean(true)
        case "0", "false": return .boolean(false)
        case "" where !draft.hasValue: return .empty
        default: throw WorkbookError(.badBoolean(part: part, cell: cell(draft), value: cut(draft.value)))
        }
    }

    /// The text cut to its first 40 characters, marked with … when cut.
    private func cut(_ text: String) -> String {
        text.count > 40 ? text.prefix(40) + "…" : text
    }

    private func cell(_ draft: WorksheetParser.CellDraft) -> String {
        "\(sheetName)!\(draft.reference)"
    }
}

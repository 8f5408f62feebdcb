extension SubmissionTemplate {
    /// The rows 填报 starts with: every meta, staffing, income, balance, 三公 and procurement
    /// item once, with last year's expenditure and transfer lines in their sections. Text
    /// carries over (names, codes, who fills in); figures do not, so nothing of last year
    /// is submitted by a forgotten cell.
    static func prefilled(unitCode: String, unitName: String, year: Int, prior: [Line]) -> [Line] {
        let priorMeta = Dictionary(
            prior.filter { $0.cells[.section] == "meta" }.compactMap { line in
                line.cells[.item].map { ($0, line.cells[.text] ?? "") }
            }, uniquingKeysWith: { first, _ in first })
        var lines: [Line] = []
        for section in Section.allCases {
            switch section {
            case .expenditure, .transfer:
                for line in prior where line.cells[.section] == section.rawValue {
                    lines.append(withoutFigures(line))
                }
            case .meta:
                for item in section.items {
                    let text: String? =
                        switch item.english {
                        case "unit_code": unitCode
                        case "fiscal_year": String(year)
                        case "unit_name": priorMeta["unit_name"] ?? unitName
                        case "filled_on": nil
                        default: priorMeta[item.english]
                        }
                    lines.append(itemLine(section, item.english, text: text))
                }
            default:
                for item in section.items {
                    let text = prior.first { $0.cells[.section] == section.rawValue && $0.cells[.item] == item.english }
                    lines.append(itemLine(section, item.english, text: text?.cells[.text]))
                }
            }
        }
        return lines
    }

    private static func itemLine(_ section: Section, _ item: String, text: String?) -> Line {
        var line = Line()
        line.cells[.section] = section.rawValue
        line.cells[.item] = item
        line.cells[.text] = text
        return line
    }

    private static func withoutFigures(_ line: Line) -> Line {
        var line = line
        for column in [SubmissionColumn.budgetInitial, .budgetFinal, .actual] { line.cells[column] = nil }
        return line
    }
}

extension SubmissionTemplate.Line {
    /// The text the template shows in `column`: enumerations in Chinese, as the drop-downs offer them.
    func shown(_ column: SubmissionColumn) -> String? {
        guard let value = cells[column] else { return nil }
        switch column {
        case .section:
            return Section(rawValue: value)?.chineseName ?? value
        case .item:
            let section = cells[.section].flatMap(Section.init(rawValue:))
            return section?.items.first { $0.english == value }?.chinese ?? value
        case .kind:
            return ExpenditureKind(rawValue: value)?.chineseName ?? value
        case .projectType:
            return ProjectType(rawValue: value)?.chineseName ?? value
        default:
            return value
        }
    }
}

import Postgres
import XLSX

/// The workbook `huizong report template` writes for the office: sheet 自评表 with the
/// columns `huizong report indicators` reads, prefilled with last year's rows (their
/// targets and weights; actuals, scores and reasons cleared) and this year's computed cost
/// indicators, and sheet 评分版本 listing the edition's levels and weights.
public struct IndicatorTemplate: Sendable {
    /// A prefilled row: the cells of `IndicatorColumn`, nil where the office fills them.
    public struct Row: Sendable, Equatable {
        public var cells: [IndicatorColumn: String]
    }

    public var node: String
    public var year: Int
    public var edition: ScoringEdition
    public var rows: [Row]

    /// Blank rows offered below the prefilled ones.
    static let blankRows = 40

    /// The template of `node` for `year`.
    public static func load(
        node: String, year: Int, edition: String?, files: ProjectFiles, connection: Connection
    ) throws -> IndicatorTemplate {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        let edition = try ScoringEdition.named(edition, year: year, files: files)
        let costs = try ReportFigures.costIndicatorValues(node: node, year: year, files: files, connection: connection)
        let prior = try IndicatorStore.load(node: node, year: year - 1, connection: connection)?.rows ?? []
        var rows = prior.map { row -> Row in
            var cells: [IndicatorColumn: String] = [
                .level1: row.level1, .level2: row.level2, .indicator: row.name, .target: row.target,
                .weight: row.weight.description,
            ]
            if let key = row.computedKey ?? edition.computedKey(row.name), let value = costs[key] ?? nil {
                cells[.actualValue] = value + "%"
            }
            return Row(cells: cells)
        }
        // This year's computed indicators that last year's rows do not already carry.
        let carried = Set(prior.compactMap { $0.computedKey ?? edition.computedKey($0.name) })
        let costLevel = edition.levels.first { $0.children?.contains { $0.name == "成本指标" } == true }
        for key in ReportFigures.costIndicatorKeys where !carried.contains(key) {
            var cells: [IndicatorColumn: String] = [
                .indicator: ReportFigures.CostIndicator(key: key, value: nil).name
            ]
            if let costLevel {
                cells[.level1] = costLevel.name
                cells[.level2] = "成本指标"
            }
            if let value = costs[key] ?? nil { cells[.actualValue] = value + "%" }
            rows.append(Row(cells: cells))
        }
        return IndicatorTemplate(node: node, year: year, edition: edition, rows: rows)
    }

    /// The workbook's bytes.
    public func bytes() throws -> [UInt8] {
        try Workbook(sheets: [entrySheet(), editionSheet()]).bytes()
    }

    private func entrySheet() -> Worksheet {
        var sheet = Worksheet(name: IndicatorFile.sheetName)
        for (index, column) in IndicatorColumn.allCases.enumerated() {
            sheet.set(CellReference(row: 1, column: index + 1), .text(column.chineseName), style: SheetStyles.heading)
            sheet.columnWidths[index + 1] = Self.width(column)
        }
        let last = rows.count + Self.blankRows + 1
        for row in 2...last {
            for (index, column) in IndicatorColumn.allCases.enumerated() {
                let reference = CellReference(row: row, column: index + 1)
                let style = Self.style(column)
                if row - 2 < rows.count, let value = rows[row - 2].cells[column] {
                    sheet.set(reference, Self.isPoints(column) ? .number(value) : .text(value), style: style)
                } else {
                    sheet.style(reference, style)
                }
            }
        }
        let levels = edition.levels
        sheet.dataValidations = [
            validation(column: 1, last: last, .values(levels.map(\.name)), "一级指标"),
            validation(column: 2, last: last, .values(levels.flatMap { ($0.children ?? []).map(\.name) }), "二级指标"),
        ]
        sheet.frozenRows = 1
        sheet.pageSetup = PageSetup(orientation: .landscape, fitToHeight: 0, repeatRows: 1...1)
        return sheet
    }

    private func validation(column: Int, last: Int, _ list: DataValidation.ListSource, _ title: String)
        -> DataValidation
    {
        DataValidation(
            range: CellRange(CellReference(row: 2, column: column), CellReference(row: last, column: column)),
            list: list, allowBlank: true, errorTitle: title, errorMessage: "不在评分版本 \(edition.name) 的\(title)中",
            promptTitle: title, prompt: "评分版本 \(edition.name) 的\(title)，见「评分版本」表")
    }

    /// 评分版本: the edition's levels and weights, for reference (not read back).
    private func editionSheet() -> Worksheet {
        var sheet = Worksheet(name: "评分版本")
        for (index, heading) in ["一级指标", "二级指标", "分值"].enumerated() {
            sheet.set(CellReference(row: 1, column: index + 1), .text(heading), style: SheetStyles.heading)
        }
        var row = 2
        func line(_ first: String, _ second: String, _ weight: Points) {
            sheet.set(CellReference(row: row, column: 1), .text(first), style: SheetStyles.label)
            sheet.set(CellReference(row: row, column: 2), .text(second), style: SheetStyles.label)
            sheet.set(CellReference(row: row, column: 3), .number(weight.description), style: SheetStyles.label)
            row += 1
        }
        line(edition.funds.name, "", edition.funds.weight)
        for level in edition.levels {
            line(level.name, "", level.weight)
            for child in level.children ?? [] { line(level.name, child.name, child.weight) }
        }
        line("总分", "", edition.total)
        sheet.columnWidths = [1: 16, 2: 20, 3: 8]
        return sheet
    }

    private static func isPoints(_ column: IndicatorColumn) -> Bool { column == .weight || column == .score }

    /// Points as numbers; everything else as text, so that a typed 98% stays 98%.
    private static func style(_ column: IndicatorColumn) -> CellStyle {
        isPoints(column) ? SheetStyles.points : SheetStyles.code
    }

    private static func width(_ column: IndicatorColumn) -> Double {
        switch column {
        case .indicator, .target, .actualValue: 28
        case .reason: 36
        case .weight, .score: 8
        default: 14
        }
    }
}

import XLSX

extension SubmissionTemplate {
    /// Blank rows offered below the prefilled ones, with the same formats and drop-downs.
    static let blankRows = 500

    func workbook() -> Workbook {
        var sheets = [entrySheet()]
        if !priorLines.isEmpty { sheets.append(priorSheet()) }
        sheets += [
            codeSheet("经济分类", heading: "经济分类科目（款）", econCodes),
            codeSheet("功能分类", heading: "功能分类科目（项）", funcCodes), optionsSheet(),
        ]
        return Workbook(sheets: sheets)
    }

    /// 填报: the sheet `huizong submit` reads.
    private func entrySheet() -> Worksheet {
        var sheet = linesSheet(WorkbookSubmission.sheetName, lines)
        let last = 1 + lines.count + Self.blankRows
        for row in (lines.count + 2)...last {
            for column in SubmissionColumn.allCases {
                sheet.style(CellReference(row: row, column: column.rawValue + 1), Self.style(of: column))
            }
        }
        sheet.dataValidations = validations(through: last)
        return sheet
    }

    /// 上年数: last year's accepted lines with their figures, for reference.
    private func priorSheet() -> Worksheet {
        linesSheet("上年数", priorLines)
    }

    private func linesSheet(_ name: String, _ lines: [Line]) -> Worksheet {
        var sheet = Worksheet(name: name)
        for column in SubmissionColumn.allCases {
            let reference = CellReference(row: 1, column: column.rawValue + 1)
            sheet.set(reference, .text(column.chineseName), style: SheetStyles.heading)
            sheet.columnWidths[column.rawValue + 1] = Self.width(of: column)
        }
        for (index, line) in lines.enumerated() {
            for column in SubmissionColumn.allCases {
                let reference = CellReference(row: index + 2, column: column.rawValue + 1)
                guard let value = line.shown(column) else {
                    sheet.style(reference, Self.style(of: column))
                    continue
                }
                let content: CellContent = Self.isFigure(column) ? .number(value) : .text(value)
                sheet.set(reference, content, style: Self.style(of: column))
            }
        }
        sheet.frozenRows = 1
        sheet.pageSetup = PageSetup(orientation: .landscape, fitToHeight: 0, repeatRows: 1...1)
        return sheet
    }

    private func validations(through last: Int) -> [DataValidation] {
        func column(_ column: SubmissionColumn) -> CellRange {
            CellRange(
                CellReference(row: 2, column: column.rawValue + 1),
                CellReference(row: last, column: column.rawValue + 1))
        }
        func list(_ name: String, _ count: Int, column: Int = 1) -> DataValidation.ListSource {
            .range(
                sheet: name,
                CellRange(CellReference(row: 2, column: column), CellReference(row: max(2, count + 1), column: column)))
        }
        let items = Section.allCases.flatMap(\.items)
        return [
            Self.validation(column(.section), .values(Section.allCases.map(\.chineseName)), "表", "请从列表中选择表"),
            Self.validation(column(.item), list("选项", items.count, column: 3), "项目", "请从列表中选择该表的项目；支出行留空"),
            Self.validation(column(.kind), .values(ExpenditureKind.allCases.map(\.chineseName)), "支出类型", "基本支出或项目支出"),
            Self.validation(
                column(.projectType), .values(ProjectType.allCases.map(\.chineseName)), "项目类别", "运行维护经费或专项资金"),
            Self.validation(column(.funcCode), list("功能分类", funcCodes.count), "功能分类科目", "7 位功能分类科目编码（项），见「功能分类」表"),
            Self.validation(column(.econCode), list("经济分类", econCodes.count), "经济分类科目", "5 位经济分类科目编码（款），见「经济分类」表"),
        ]
    }

    private static func validation(
        _ range: CellRange, _ list: DataValidation.ListSource, _ title: String, _ prompt: String
    ) -> DataValidation {
        DataValidation(
            range: range, list: list, allowBlank: true, errorTitle: title, errorMessage: "不在列表中：" + prompt,
            promptTitle: title, prompt: prompt)
    }

    private func codeSheet(_ name: String, heading: String, _ codes: [Code]) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.set(CellReference(row: 1, column: 1), .text(heading), style: SheetStyles.heading)
        sheet.set(CellReference(row: 1, column: 2), .text("名称"), style: SheetStyles.heading)
        for (index, code) in codes.enumerated() {
            sheet.set(CellReference(row: index + 2, column: 1), .text(code.code), style: SheetStyles.code)
            sheet.set(CellReference(row: index + 2, column: 2), .text(code.name), style: SheetStyles.label)
        }
        sheet.columnWidths = [1: 16, 2: 40]
        sheet.frozenRows = 1
        return sheet
    }

    /// 选项: what the drop-downs offer, with the English names the CSV format also takes.
    private func optionsSheet() -> Worksheet {
        var sheet = Worksheet(name: "选项")
        let headings = ["表", "表（英文）", "项目", "项目（英文）", "所属表"]
        for (index, heading) in headings.enumerated() {
            sheet.set(CellReference(row: 1, column: index + 1), .text(heading), style: SheetStyles.heading)
        }
        for (index, section) in Section.allCases.enumerated() {
            sheet.set(CellReference(row: index + 2, column: 1), .text(section.chineseName), style: SheetStyles.label)
            sheet.set(CellReference(row: index + 2, column: 2), .text(section.rawValue), style: SheetStyles.label)
        }
        var row = 2
        for section in Section.allCases {
            for item in section.items {
                sheet.set(CellReference(row: row, column: 3), .text(item.chinese), style: SheetStyles.label)
                sheet.set(CellReference(row: row, column: 4), .text(item.english), style: SheetStyles.label)
                sheet.set(CellReference(row: row, column: 5), .text(section.chineseName), style: SheetStyles.label)
                row += 1
            }
        }
        sheet.columnWidths = [1: 16, 2: 14, 3: 20, 4: 18, 5: 16]
        return sheet
    }

    private static func isFigure(_ column: SubmissionColumn) -> Bool {
        [.budgetInitial, .budgetFinal, .actual].contains(column)
    }

    /// Figures as numbers with two decimals; everything else as text, so that codes keep
    /// their digits and a typed 2022 stays 2022.
    private static func style(of column: SubmissionColumn) -> CellStyle {
        isFigure(column) ? SheetStyles.amount : SheetStyles.code
    }

    private static func width(of column: SubmissionColumn) -> Double {
        switch column {
        case .project, .text: return 30
        case .item: return 16
        case .funcCode, .econCode, .budgetInitial, .budgetFinal, .actual: return 14
        default: return 12
        }
    }
}

extension BaseDataTable {
    /// Writes the table in `format`.
    public func render(_ format: ExportFormat, to sink: OutputSink) throws {
        switch format {
        case .json: renderJSON(sink)
        case .csv: renderCSV(sink)
        case .md: renderMarkdown(sink)
        case .xlsx: sink.write(bytes: try BaseDataWorkbook.bytes(of: self))
        }
    }

    /// The three column headings of the money block.
    var columnTitles: [String] {
        let year = source.fiscalYear
        return ["\(year - 1)年决算数", "\(year)年预算数（调整）", "\(year)年决算数"]
    }

    private func renderJSON(_ sink: OutputSink) {
        source.writeJSONHeader(to: sink)
        if let staffing {
            sink.write(
                "  \"staffing\": {\"authorized\": \(staffing.authorized), \"in_service\": \(staffing.inService), ")
            sink.write(
                "\"excluded\": \(staffing.excluded), \"control_rate\": \(TextEscaping.json(staffing.controlRate))},\n")
        } else {
            sink.write("  \"staffing\": null,\n")
        }
        sink.write("  \"rows\": [\n")
        for (index, row) in rows.enumerated() {
            let fields = [
                "\"key\": \(TextEscaping.json(row.key))", "\"label\": \(TextEscaping.json(row.label))",
                "\"prior_actual\": \(TextEscaping.json(row.priorActual?.wan))",
                "\"budget_final\": \(TextEscaping.json(row.budgetFinal?.wan))",
                "\"actual\": \(TextEscaping.json(row.actual?.wan))",
                "\"prior_actual_yuan\": \(TextEscaping.json(row.priorActual?.yuan))",
                "\"budget_final_yuan\": \(TextEscaping.json(row.budgetFinal?.yuan))",
                "\"actual_yuan\": \(TextEscaping.json(row.actual?.yuan))",
            ]
            sink.write("    {" + fields.joined(separator: ", ") + "}" + (index < rows.count - 1 ? ",\n" : "\n"))
        }
        sink.write("  ],\n")
        let footerFields = [
            ("preparer", footer.preparer), ("filled_on", footer.filledOn), ("phone", footer.phone),
            ("head", footer.head), ("savings_measures", footer.savingsMeasures),
        ].map { "\"\($0.0)\": \(TextEscaping.json($0.1))" }
        sink.write("  \"footer\": {" + footerFields.joined(separator: ", ") + "}\n}\n")
    }

    /// The staffing cell as the attachment shows it: in service, with those not counted.
    private var inServiceCell: String {
        guard let staffing else { return "" }
        return staffing.excluded == "0"
            ? staffing.inService : "\(staffing.inService)（含不计入控制率人员\(staffing.excluded)人）"
    }

    private func renderCSV(_ sink: OutputSink) {
        sink.write(bytes: ExportFormat.byteOrderMark)
        let line = { (cells: [String?]) in sink.write(cells.map(TextEscaping.csv).joined(separator: ",") + "\r\n") }
        line(["\(source.nodeName)\(source.fiscalYear)年度部门整体支出绩效评价基础数据表"])
        line(["财政供养人员情况（人）", "编制数", "实有在职人数", "控制率"])
        line(["", staffing?.authorized, inServiceCell, staffing?.controlRate.map { "\($0)%" }])
        line(["经费控制情况（万元）"] + columnTitles)
        for row in rows {
            line([row.label, row.priorActual?.wan, row.budgetFinal?.wan, row.actual?.wan])
        }
        line(["厉行节约保障措施", footer.savingsMeasures])
        line([footer.signatureLine])
        line([footer.headLine])
        if !source.complete {
            line(["汇总不完整，缺少单位：" + source.missingUnits.joined(separator: "、")])
        }
    }

    /// The Markdown table; `heading` is its title's level (the report nests it as an attachment).
    func renderMarkdown(_ sink: OutputSink, heading: String = "#") {
        sink.write("\(heading) \(title)\n\n")
        if let incompleteLine { sink.write("> \(incompleteLine)\n\n") }
        sink.write("| \(staffingHead.joined(separator: " | ")) |\n| --- | ---: | ---: | ---: |\n")
        sink.write("| \(staffingRow.joined(separator: " | ")) |\n\n")
        sink.write("| \(moneyHead.joined(separator: " | ")) |\n| --- | ---: | ---: | ---: |\n")
        for cells in moneyRows {
            sink.write("| \(TextEscaping.markdown(cells[0])) | \(cells.dropFirst().joined(separator: " | ")) |\n")
        }
        sink.write("\n厉行节约保障措施：\(TextEscaping.markdown(footer.savingsMeasures))\n\n")
        sink.write("\(footer.signatureLine)\n\n\(footer.headLine)\n")
    }

    // The pieces of the printed table, shared by the Markdown and the report's attachment 1.

    /// `XX局2022年度部门整体支出绩效评价基础数据表`.
    var title: String { "\(source.nodeName)\(source.fiscalYear)年度部门整体支出绩效评价基础数据表" }

    /// The line under the title of an incomplete run's table.
    var incompleteLine: String? {
        source.complete ? nil : "汇总不完整，缺少单位：\(source.missingUnits.joined(separator: "、"))"
    }

    /// The staffing block's heading row.
    var staffingHead: [String] { ["财政供养人员情况（人）", "编制数", "实有在职人数", "控制率"] }

    /// The staffing block's row (the first cell is empty, as printed).
    var staffingRow: [String] {
        ["", staffing?.authorized ?? "", inServiceCell, staffing?.controlRate.map { "\($0)%" } ?? ""]
    }

    /// The money block's heading row.
    var moneyHead: [String] { ["经费控制情况（万元）"] + columnTitles }

    /// The money rows: label (special projects indented) and the three 万元 cells.
    var moneyRows: [[String]] {
        rows.map { row in
            let label = row.key.hasPrefix("project.special:") ? "　　" + row.label : row.label
            return [label] + [row.priorActual?.wan, row.budgetFinal?.wan, row.actual?.wan].map { $0 ?? "" }
        }
    }
}

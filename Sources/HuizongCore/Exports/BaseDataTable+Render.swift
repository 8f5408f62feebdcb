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
        sink.write("\(heading) \(source.nodeName)\(source.fiscalYear)年度部门整体支出绩效评价基础数据表\n\n")
        if !source.complete {
            sink.write("> 汇总不完整，缺少单位：\(source.missingUnits.joined(separator: "、"))\n\n")
        }
        sink.write("| 财政供养人员情况（人） | 编制数 | 实有在职人数 | 控制率 |\n| --- | ---: | ---: | ---: |\n")
        sink.write(
            "| | \(staffing?.authorized ?? "") | \(inServiceCell) | \(staffing?.controlRate.map { "\($0)%" } ?? "") |\n\n"
        )
        sink.write("| 经费控制情况（万元） | \(columnTitles.joined(separator: " | ")) |\n| --- | ---: | ---: | ---: |\n")
        for row in rows {
            let label = row.key.hasPrefix("project.special:") ? "　　" + row.label : row.label
            let cells = [row.priorActual?.wan, row.budgetFinal?.wan, row.actual?.wan].map { $0 ?? "" }
            sink.write("| \(TextEscaping.markdown(label)) | \(cells.joined(separator: " | ")) |\n")
        }
        sink.write("\n厉行节约保障措施：\(TextEscaping.markdown(footer.savingsMeasures))\n\n")
        sink.write("\(footer.signatureLine)\n\n\(footer.headLine)\n")
    }
}

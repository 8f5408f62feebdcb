import Postgres

extension TotalsTable {
    /// Streams the totals in `format` into `sink`.
    public func render(_ format: ExportFormat, connection: Connection, to sink: OutputSink) throws {
        switch format {
        case .json: try renderJSON(connection, sink)
        case .csv: try renderCSV(connection, sink)
        case .md: try renderMarkdown(connection, sink)
        case .xlsx: sink.write(bytes: try TotalsWorkbook.bytes(first: self, connection: connection))
        }
    }

    private func renderJSON(_ connection: Connection, _ sink: OutputSink) throws {
        source.writeJSONHeader(to: sink)
        sink.write("  \"by\": \(TextEscaping.json(dimension.rawValue)),\n")
        sink.write("  \"rows\": [")
        var first = true
        try forEachRow(connection) { row in
            let fields = [
                "\"code\": \(TextEscaping.json(row.code))", "\"name\": \(TextEscaping.json(row.name))",
                "\"level\": \(row.level)", "\"basic\": \(TextEscaping.json(row.basic.wan))",
                "\"project\": \(TextEscaping.json(row.project.wan))", "\"total\": \(TextEscaping.json(row.total.wan))",
                "\"basic_yuan\": \(TextEscaping.json(row.basic.yuan))",
                "\"project_yuan\": \(TextEscaping.json(row.project.yuan))",
                "\"total_yuan\": \(TextEscaping.json(row.total.yuan))",
            ]
            sink.write((first ? "\n" : ",\n") + "    {" + fields.joined(separator: ", ") + "}")
            first = false
        }
        sink.write(first ? "]\n}\n" : "\n  ]\n}\n")
    }

    var headings: [String] {
        [
            dimension == .unit ? "单位代码" : "科目编码", dimension == .unit ? "单位名称" : "科目名称", "级次",
            "基本支出（万元）", "项目支出（万元）", "合计（万元）",
        ]
    }

    private func renderCSV(_ connection: Connection, _ sink: OutputSink) throws {
        sink.write(bytes: ExportFormat.byteOrderMark)
        sink.write(headings.joined(separator: ",") + "\r\n")
        try forEachRow(connection) { row in
            let cells = [
                TextEscaping.csv(row.code), TextEscaping.csv(row.name), String(row.level),
                row.basic.wan, row.project.wan, row.total.wan,
            ]
            sink.write(cells.joined(separator: ",") + "\r\n")
        }
        if !source.complete {
            sink.write(TextEscaping.csv("汇总不完整，缺少单位：" + source.missingUnits.joined(separator: "、")) + "\r\n")
        }
    }

    private func renderMarkdown(_ connection: Connection, _ sink: OutputSink) throws {
        sink.write("# \(source.nodeName)\(source.fiscalYear)年度支出合计（按\(dimension.title)）\n\n")
        if !source.complete {
            sink.write("> 汇总不完整，缺少单位：\(source.missingUnits.joined(separator: "、"))\n\n")
        }
        sink.write("| \(headings.joined(separator: " | ")) |\n| --- | --- | ---: | ---: | ---: | ---: |\n")
        try forEachRow(connection) { row in
            let indent = String(repeating: "　", count: max(0, row.level - 1))
            sink.write(
                "| \(row.code) | \(indent)\(TextEscaping.markdown(row.name)) | \(row.level) | "
                    + "\(row.basic.wan) | \(row.project.wan) | \(row.total.wan) |\n")
        }
    }
}

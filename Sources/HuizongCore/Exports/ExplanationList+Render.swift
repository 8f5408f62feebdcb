import Postgres

extension ExplanationList {
    /// Streams the list in `format` into `sink` (xlsx: built whole, then written).
    public func render(_ format: ExportFormat, connection: Connection, to sink: OutputSink) throws {
        switch format {
        case .json: try renderJSON(connection, sink)
        case .csv: try renderCSV(connection, sink)
        case .md: try renderMarkdown(connection, sink)
        case .xlsx: sink.write(bytes: try ExplanationWorkbook.bytes(of: self, connection: connection))
        }
    }

    /// The column headings of csv, md and xlsx, one per `cells` value.
    static let headings = [
        "单位代码", "单位名称", "文件", "位置", "规则代码", "规则名称", "问题编号", "问题描述", "审核说明", "说明人", "说明时间",
        "说明来源", "审定结果", "审定意见", "审定人", "审定时间",
    ]

    /// The title of the md and xlsx exports.
    var title: String { "\(source.nodeName)\(source.fiscalYear)年度审核说明" }

    /// A row's values under `headings`; absent ones nil. Times are the office's wall time
    /// (`OfficeTime`, `2023-03-20 15:50`); the JSON export keeps ISO 8601 UTC.
    func cells(_ row: Row) -> [String?] {
        let finding = row.finding
        let explanation = row.explanation
        let decision = explanation?.decision
        return [
            finding.unit, row.unitName, finding.file, row.location, finding.code, finding.name(.zh), finding.id,
            finding.message(.zh), explanation?.text, explanation?.writtenBy,
            explanation.map { OfficeTime.office.listing(utc: $0.writtenAt) },
            explanation?.origin?.label(forYear: source.fiscalYear), row.state, decision?.comment,
            decision?.decidedBy, decision.map { OfficeTime.office.listing(utc: $0.decidedAt) },
        ]
    }

    private func renderJSON(_ connection: Connection, _ sink: OutputSink) throws {
        source.writeJSONHeader(to: sink)
        sink.write("  \"rows\": [")
        var first = true
        try forEachRow(connection) { row in
            sink.write((first ? "\n" : ",\n") + "    " + json(row))
            first = false
        }
        sink.write(first ? "]\n}\n" : "\n  ]\n}\n")
    }

    /// One row as a JSON object on one line: the finding's place, rule, identity, message in
    /// both languages, item and args, its explanation (null while unexplained) and state.
    private func json(_ row: Row) -> String {
        let finding = row.finding
        let fields = [
            "\"unit\": \(TextEscaping.json(finding.unit))", "\"unit_name\": \(TextEscaping.json(row.unitName))",
            "\"submission\": \(finding.submission.map(String.init) ?? "null")",
            "\"file\": \(TextEscaping.json(finding.file))", "\"line\": \(finding.line.map(String.init) ?? "null")",
            "\"cell\": \(TextEscaping.json(finding.cell))", "\"column\": \(TextEscaping.json(finding.column))",
            "\"location\": \(TextEscaping.json(row.location))", "\"id\": \(TextEscaping.json(finding.id))",
            "\"code\": \(TextEscaping.json(finding.code))", "\"name\": \(TextEscaping.json(finding.name(.zh)))",
            "\"message\": \(TextEscaping.json(finding.message(.zh)))",
            "\"message_en\": \(TextEscaping.json(finding.message(.en)))", "\"item\": \(finding.item.jsonText)",
            "\"args\": \(finding.args.jsonText)", "\"explanation\": \(json(row.explanation))",
            "\"state\": \(TextEscaping.json(row.state))",
        ]
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private func json(_ explanation: Explanation?) -> String {
        guard let explanation else { return "null" }
        var decision = "null"
        if let verdict = explanation.decision {
            decision =
                "{\"verdict\": \(TextEscaping.json(verdict.verdict.rawValue)), "
                + "\"label\": \(TextEscaping.json(verdict.verdict.chinese)), "
                + "\"comment\": \(TextEscaping.json(verdict.comment)), "
                + "\"decided_by\": \(TextEscaping.json(verdict.decidedBy)), "
                + "\"decided_at\": \(TextEscaping.json(verdict.decidedAt))}"
        }
        return "{\"text\": \(TextEscaping.json(explanation.text)), "
            + "\"written_by\": \(TextEscaping.json(explanation.writtenBy)), "
            + "\"written_at\": \(TextEscaping.json(explanation.writtenAt)), "
            + "\"origin\": \(TextEscaping.json(explanation.origin?.label(forYear: source.fiscalYear))), "
            + "\"decision\": \(decision)}"
    }

    private func renderCSV(_ connection: Connection, _ sink: OutputSink) throws {
        sink.write(bytes: ExportFormat.byteOrderMark)
        sink.write(Self.headings.joined(separator: ",") + "\r\n")
        try forEachRow(connection) { row in
            sink.write(cells(row).map(TextEscaping.csv).joined(separator: ",") + "\r\n")
        }
        if !source.complete {
            sink.write(TextEscaping.csv("汇总不完整，缺少单位：" + source.missingUnits.joined(separator: "、")) + "\r\n")
        }
    }

    private func renderMarkdown(_ connection: Connection, _ sink: OutputSink) throws {
        sink.write("# \(title)\n\n")
        if !source.complete {
            sink.write("> 汇总不完整，缺少单位：\(source.missingUnits.joined(separator: "、"))\n\n")
        }
        sink.write("| \(Self.headings.joined(separator: " | ")) |\n")
        sink.write("|" + String(repeating: " --- |", count: Self.headings.count) + "\n")
        try forEachRow(connection) { row in
            sink.write("| " + cells(row).map(TextEscaping.markdown).joined(separator: " | ") + " |\n")
        }
    }
}

extension ExplanationList.Row {
    /// Where the warning is: the workbook cell, else the line and column (第9行 决算数), else
    /// nothing (a finding of the whole unit).
    var location: String? {
        if let cell = finding.cell { return cell }
        guard let line = finding.line else { return nil }
        let column = finding.column.map { " " + (SubmissionVocabulary.chineseColumn($0) ?? $0) } ?? ""
        return "第\(line)行\(column)"
    }

    /// 未说明, 未审定 (explained, not decided), 已接受 or 不接受.
    var state: String {
        guard let explanation else { return "未说明" }
        return explanation.decision?.verdict.chinese ?? "未审定"
    }
}

import Postgres

extension FigureProvenance {
    /// What `huizong explain-figure` prints: the figure, then each unit's share followed by
    /// its lines (`file:line` or the workbook cell, what the line is, the amount), streamed.
    public func writeText(to sink: OutputSink, connection: Connection) throws {
        let unitWord = key.measure == .money ? " 万元" : ""
        sink.write(
            "\(key.text)\(label.map { " \($0)" } ?? "") — \(source.nodeCode) \(source.nodeName), "
                + "\(source.fiscalYear), run \(source.runId)\n")
        let published = figure.map { "\($0.shown)\(unitWord)\(yuanNote($0))" } ?? "not published"
        sink.write(
            "figure: \(published); \(units.count) unit(s) add to \(total.shown)\(unitWord)\(yuanNote(total))"
                + (balanced ? "" : " — DOES NOT ADD UP") + "\n")
        let shares = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0) })
        var current: String?
        try forEachLine(connection: connection) { line in
            if line.unit != current, let share = shares[line.unit] {
                current = line.unit
                sink.write(
                    "\(share.code) \(share.name): \(share.amount.shown)\(unitWord)\(yuanNote(share.amount)), "
                        + "\(share.lines) line(s)\n")
            }
            sink.write("  \(Self.place(line))  \(Self.describe(line))  \(line.column) \(line.amount)\n")
        }
    }

    /// `{"unit", "year", "run", "key", "label", "measure", "figure", "total", "balanced",
    /// "units": [{"code", "name", "amount", "line_count", "lines": [...]}]}`, money as 万元
    /// text with a `_yuan` twin, counts as numbers; the lines streamed.
    public func writeJSON(to sink: OutputSink, connection: Connection) throws {
        sink.write("{\"unit\": \(TextEscaping.json(source.nodeCode)), \"year\": \(source.fiscalYear), ")
        sink.write("\"run\": \(source.runId), \"key\": \(TextEscaping.json(key.text)), ")
        sink.write("\"label\": \(TextEscaping.json(label)), \"measure\": \"\(key.measure.rawValue)\",\n")
        sink.write(" \(json("figure", figure)), \(json("total", total)), \"balanced\": \(balanced),\n \"units\": [")
        let shares = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0) })
        var current: String?
        try forEachLine(connection: connection) { line in
            if line.unit != current, let share = shares[line.unit] {
                sink.write(current == nil ? "\n  " : "]},\n  ")
                current = line.unit
                sink.write("{\"code\": \(TextEscaping.json(share.code)), \"name\": \(TextEscaping.json(share.name)), ")
                sink.write("\(json("amount", share.amount)), \"line_count\": \(share.lines), \"lines\": [\n   ")
            } else {
                sink.write(",\n   ")
            }
            sink.write(lineJSON(line))
        }
        sink.write(current == nil ? "]}\n" : "]}\n ]}\n")
    }

    private func yuanNote(_ amount: Amount) -> String {
        key.measure == .money ? " (\(amount.exact) yuan)" : ""
    }

    private func json(_ name: String, _ amount: Amount?) -> String {
        guard let amount else {
            return key.measure == .money ? "\"\(name)\": null, \"\(name)_yuan\": null" : "\"\(name)\": null"
        }
        switch key.measure {
        case .money: return "\"\(name)\": \"\(amount.shown)\", \"\(name)_yuan\": \"\(amount.exact)\""
        case .count: return "\"\(name)\": \(amount.exact)"
        }
    }

    private func lineJSON(_ line: Line) -> String {
        let fields: [(String, String?)] = [
            ("section", line.section), ("item", line.item), ("kind", line.kind), ("project", line.project),
            ("project_type", line.projectType), ("func_code", line.funcCode), ("econ_code", line.econCode),
            ("text", line.text), ("column", line.column),
        ]
        let amount = key.measure == .money ? "\"amount_yuan\": \"\(line.amount)\"" : "\"amount\": \(line.amount)"
        return "{\"file\": \(TextEscaping.json(line.fileName)), \"line\": \(line.lineNo), "
            + "\"cell\": \(TextEscaping.json(line.cell)), \"submission\": \(line.submission), "
            + fields.map { "\"\($0.0)\": \(TextEscaping.json($0.1))" }.joined(separator: ", ")
            + ", \"eliminated\": \(line.eliminated), \(amount)}"
    }

    /// `file:line`, or `file:填报!J12` for a workbook.
    static func place(_ line: Line) -> String {
        "\(line.fileName):\(line.cell ?? String(line.lineNo))"
    }

    /// What the line is: section and item, or an expenditure line's kind, codes and project;
    /// an eliminated transfer names its receiver.
    static func describe(_ line: Line) -> String {
        if line.section == "expenditure" {
            let project = line.project.map { " project \($0) (\(line.projectType ?? ""))" } ?? ""
            return "expenditure \(line.kind ?? "") func \(line.funcCode ?? "") econ \(line.econCode ?? "")\(project)"
        }
        let base = "\(line.section) \(line.item ?? "")"
        return line.eliminated ? "\(base) to \(line.text ?? "") (internal, eliminated)" : base
    }
}

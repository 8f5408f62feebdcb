import Postgres

extension ExportSource {
    /// The current run of `node` for `year`, or a usage error saying how to make one.
    public static func current(node: String, year: Int, connection: Connection) throws -> ExportSource {
        guard let unit = try UnitRegistry(connection: connection).find(node) else {
            throw HuizongError.usage("unknown unit \(node)")
        }
        let result = try connection.execute(
            """
            select id, complete, array_to_string(missing_units, ',') as missing
            from pipeline.current_run where node_code = $1 and fiscal_year = $2::int
            """, [.text(node), .text(String(year))])
        guard let row = result.first else {
            throw HuizongError.usage(
                "no finished run for \(node) in \(year): run `huizong run --unit \(node) --year \(year)` first")
        }
        let missing = row["missing"] ?? ""
        return ExportSource(
            nodeCode: unit.code, nodeName: unit.name, fiscalYear: year, runId: Int64(try row.int("id")),
            complete: try row.bool("complete"),
            missingUnits: missing.isEmpty ? [] : missing.split(separator: ",").map(String.init))
    }

    /// SQL text of 万元 rounded half-up from an exact yuan expression.
    static func wan(_ column: String) -> String {
        "round(\(column) / 10000, 2)::text"
    }

    /// The exact amount and its 万元 display from a row holding `<name>_yuan` and `<name>_wan`.
    static func amount(_ row: Row, _ name: String) -> ExportAmount? {
        guard let yuan = row["\(name)_yuan"], let wan = row["\(name)_wan"] else { return nil }
        return ExportAmount(yuan: yuan, wan: wan)
    }

    /// Opens an export's JSON object with the keys every export starts with: `unit`,
    /// `fiscal_year`, `complete`, `missing_units`.
    func writeJSONHeader(to sink: OutputSink) {
        sink.write("{\n")
        sink.write("  \"unit\": {\"code\": \(TextEscaping.json(nodeCode)), ")
        sink.write("\"name\": \(TextEscaping.json(nodeName))},\n")
        sink.write("  \"fiscal_year\": \(fiscalYear),\n")
        sink.write("  \"complete\": \(complete),\n")
        sink.write(
            "  \"missing_units\": [\(missingUnits.map { TextEscaping.json($0) }.joined(separator: ", "))],\n")
    }
}

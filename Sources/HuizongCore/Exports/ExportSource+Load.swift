import Postgres

extension ExportSource {
    /// The run an export of `node` and `year` comes from: `run` if given (a succeeded run
    /// of that node and year, re-exported as it was), else the current one.
    public static func load(node: String, year: Int, run: Int64? = nil, connection: Connection) throws
        -> ExportSource
    {
        guard let unit = try UnitRegistry(connection: connection).find(node) else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        let result = try connection.execute(
            """
            select id, complete, array_to_string(missing_units, ',') as missing
            from pipeline.run
            where node_code = $1 and fiscal_year = $2::int and status = 'succeeded'
              and ($3::bigint is null or id = $3::bigint)
            order by id desc limit 1
            """, [.text(node), .text(String(year)), run.map { .text(String($0)) }])
        guard let row = result.first else {
            if let run {
                throw HuizongError.usage(.notAFinishedRun(run: run, node: node, year: year))
            }
            throw HuizongError.usage(.noFinishedRun(node: node, year: year))
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

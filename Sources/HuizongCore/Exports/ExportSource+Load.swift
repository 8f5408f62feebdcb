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
            select id, complete, missing_units, pruned_at is not null as pruned
            from pipeline.run
            where node_code = \(node) and fiscal_year = \(year) and status = 'succeeded'
              and (\(run) is null or id = \(run))
            order by id desc limit 1
            """)
        guard let row = result.first else {
            if let run {
                throw HuizongError.usage(.notAFinishedRun(run: run, node: node, year: year))
            }
            throw HuizongError.usage(.noFinishedRun(node: node, year: year))
        }
        if try row.decode(Bool.self, "pruned") {
            throw HuizongError.usage(.runPruned(run: try row.decode(Int64.self, "id"), node: node, year: year))
        }
        return ExportSource(
            nodeCode: unit.code, nodeName: unit.name, fiscalYear: year, runId: try row.decode(Int64.self, "id"),
            complete: try row.decode(Bool.self, "complete"),
            missingUnits: try row.decode([String].self, "missing_units"))
    }

    /// 万元 rounded half-up, as text, from an exact yuan expression (SQL of the project's own,
    /// a column or a sum of columns).
    static func wan(_ expression: SQLQuery) -> SQLQuery {
        "round(\(fragment: expression) / 10000, 2)::text"
    }

    /// The exact amount and its 万元 display from a row holding `<name>_yuan` and `<name>_wan`;
    /// nil when they are NULL.
    static func optionalAmount(_ row: Row, _ name: String) throws -> ExportAmount? {
        guard let yuan = try row.decode(String?.self, "\(name)_yuan"),
            let wan = try row.decode(String?.self, "\(name)_wan")
        else { return nil }
        return ExportAmount(yuan: yuan, wan: wan)
    }

    /// The exact amount and its 万元 display from a row holding `<name>_yuan` and `<name>_wan`,
    /// which must not be NULL.
    static func amount(_ row: Row, _ name: String) throws -> ExportAmount {
        ExportAmount(
            yuan: try row.decode(String.self, "\(name)_yuan"), wan: try row.decode(String.self, "\(name)_wan"))
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

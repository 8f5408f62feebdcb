import Postgres

/// The runs of a node and year, newest first: `huizong runs`, the newest run `huizong
/// status`, `huizong findings` and the portal's status page show. For the portal role, only
/// the runs of nodes the account sees.
public enum RunLedger {
    /// Streams the runs of `node` for `year`, newest first, without their findings.
    public static func forEach(node: String, year: Int, connection: Connection, _ body: (RunDetail) throws -> Void)
        throws
    {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        try connection.forEachRow(RunDetail.query(where: "r.node_code = \(node) and r.fiscal_year = \(year)")) {
            row in try body(try RunDetail(row))
        }
    }

    /// The newest run of `node` for `year`, finished or not, without its findings; nil when
    /// there is none.
    public static func newest(node: String, year: Int, connection: Connection) throws -> RunDetail? {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        var query = RunDetail.query(where: "r.node_code = \(node) and r.fiscal_year = \(year)")
        query.append(" limit 1")
        return try connection.execute(query).first.map(RunDetail.init)
    }
}

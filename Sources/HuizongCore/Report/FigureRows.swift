import Postgres

/// The rows of `sql/report/figures.sql` for one run, by figure key: the long table the
/// report's figures are assembled from.
struct FigureRows {
    /// One row: a figure (or a part of a list figure) as the query gives it.
    struct Entry {
        var code: String?
        var name: String?
        var kind: String
        /// Exact yuan (money only).
        var yuan: String?
        /// 万元, a rate or a count, as text; nil for a figure without support.
        var shown: String?
    }

    private var entries: [String: [Entry]] = [:]

    /// Runs the query for `runId`.
    init(runId: Int64, files: ProjectFiles, connection: Connection) throws {
        let sql = try files.text("sql/report/figures.sql")
        for row in try connection.execute(sql, [runId.postgresValue]) {
            let entry = Entry(
                code: try row.decode(String?.self, "code"), name: try row.decode(String?.self, "name"),
                kind: try row.decode(String.self, "kind"), yuan: try row.decode(String?.self, "yuan"),
                shown: try row.decode(String?.self, "shown"))
            entries[try row.decode(String.self, "figure"), default: []].append(entry)
        }
    }

    /// A money figure; the query gives every one (a missing one is the query's mistake).
    func amount(_ figure: String) throws -> ExportAmount {
        guard let entry = entries[figure]?.first, let amount = Self.amount(entry) else {
            throw ReportQueryError.missingFigure(figure)
        }
        return amount
    }

    /// A rate (percent, two decimals), nil without its base.
    func rate(_ figure: String) -> String? {
        entries[figure]?.first?.shown
    }

    /// A count, nil where nobody declared it.
    func count(_ figure: String) -> Int? {
        entries[figure]?.first?.shown.flatMap { Int($0) }
    }

    /// The parts of a list figure, in the query's order.
    func parts(_ figure: String) -> [ReportFigures.Part] {
        (entries[figure] ?? []).compactMap { entry in
            guard let code = entry.code, let amount = Self.amount(entry) else { return nil }
            return ReportFigures.Part(code: code, name: entry.name ?? "", amount: amount)
        }
    }

    /// The raw rows of a list figure (for counts by unit).
    func entries(_ figure: String) -> [Entry] {
        entries[figure] ?? []
    }

    private static func amount(_ entry: Entry) -> ExportAmount? {
        guard let yuan = entry.yuan, let wan = entry.shown else { return nil }
        return ExportAmount(yuan: yuan, wan: wan)
    }
}

/// `sql/report/figures.sql` did not give a figure the report needs: a bug of the query.
struct ReportQueryError: Error, CustomStringConvertible {
    var figure: String

    static func missingFigure(_ figure: String) -> ReportQueryError { ReportQueryError(figure: figure) }

    var description: String { "sql/report/figures.sql gives no figure \(figure)" }
}

import Postgres

extension FigureProvenance {
    /// The figure as published, read where the report and the base-data table read it
    /// (`sql/report/figures.sql`, `consolidated.base_row`), apart from the lines, so that
    /// `balanced` compares two computations; and its label.
    static func published(_ key: FigureKey, runId: Int64, files: ProjectFiles, connection: Connection) throws
        -> (Amount?, String?)
    {
        switch key.published {
        case .report:
            return published(key, rows: try FigureRows(runId: runId, files: files, connection: connection))
        case .baseRow(let row, let column):
            let result = try connection.execute(
                """
                select label,
                       (case \(column)::text when 'budget_final' then budget_final else actual end)::text as yuan,
                       round((case \(column)::text when 'budget_final' then budget_final else actual end) / 10000, 2)::text
                           as wan
                from consolidated.base_row
                where run_id = \(runId) and key = \(row)
                """)
            guard let first = result.first else { return (nil, nil) }
            let label = try first.decode(String.self, "label")
            guard let yuan = try first.decode(String?.self, "yuan"), let wan = try first.decode(String?.self, "wan")
            else { return (nil, label) }
            return (Amount(exact: yuan, shown: wan), label)
        }
    }

    /// A report figure's published value and label, read from the rows of `figures.sql`
    /// already run (a base-data cell has none there).
    static func published(_ key: FigureKey, rows: FigureRows) -> (Amount?, String?) {
        guard case .report(let figure, let code) = key.published,
            let entry = rows.entries(figure).first(where: { $0.code == code })
        else { return (nil, nil) }
        let label = code == nil ? nil : entry.name
        switch key.measure {
        case .money:
            guard let yuan = entry.yuan, let wan = entry.shown else { return (nil, label) }
            return (Amount(exact: yuan, shown: wan), label)
        case .count:
            return (entry.shown.map { Amount(exact: $0, shown: $0) }, label)
        }
    }
}

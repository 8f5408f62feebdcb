import HuizongCore
import Postgres

/// Which export a download asks for: the base-data table or the totals, in a format.
public struct ExportRequest: Sendable {
    public enum Table: Sendable { case baseData, totals(TotalsTable.Dimension) }

    public var table: Table
    public var node: String
    public var year: Int
    public var format: ExportFormat

    /// The file name a browser saves it as.
    public var fileName: String {
        switch table {
        case .baseData: return "base-data-\(node)-\(year).\(format.rawValue)"
        case .totals(let by): return "totals-\(by.rawValue)-\(node)-\(year).\(format.rawValue)"
        }
    }

    /// Renders it exactly as `huizong export` writes it. Exports are a department's
    /// aggregates, small next to its lines, so they are rendered whole before sending.
    func render(_ connection: Connection) throws -> [UInt8] {
        let sink = OutputSink.memory()
        switch table {
        case .baseData:
            try BaseDataTable.load(node: node, year: year, connection: connection).render(format, to: sink)
        case .totals(let by):
            try TotalsTable(node: node, year: year, dimension: by, connection: connection)
                .render(format, connection: connection, to: sink)
        }
        try sink.close()
        return sink.bytes
    }
}

import Postgres

/// Every export of a run: the base-data table, the totals by economic class, functional
/// class and unit, and the 审核说明 list (as the run saw it), each as json, csv and md, and
/// the workbooks — what a run's manifest hashes and what `demo` writes.
public enum ExportSet {
    /// One export: a table in one format.
    public struct Export {
        /// `base-data`, `totals-econ`, `totals-func`, `totals-unit`, `totals` (xlsx) or `explanations`.
        public let stem: String
        public let format: ExportFormat
        let write: (ExportSource, Connection, OutputSink) throws -> Void

        /// The file name without a year, e.g. `totals-econ.csv`.
        public var name: String { "\(stem).\(format.rawValue)" }

        /// Renders this export of the run `source` names into `sink`. The explanations name
        /// their rules: load the catalogue first (`Rule.loadCatalogue`).
        public func render(_ source: ExportSource, connection: Connection, to sink: OutputSink) throws {
            try write(source, connection, sink)
        }
    }

    /// All exports, in a fixed order (formats, then tables). The xlsx totals are one
    /// workbook with a sheet per classification.
    public static var all: [Export] {
        ExportFormat.allCases.flatMap { format in
            [baseData(format)]
                + (format == .xlsx
                    ? [totals(.econ, format, stem: "totals")]
                    : TotalsTable.Dimension.allCases.map { totals($0, format, stem: "totals-\($0.rawValue)") })
                + [explanations(format)]
        }
    }

    private static func baseData(_ format: ExportFormat) -> Export {
        Export(stem: "base-data", format: format) { source, connection, sink in
            try BaseDataTable.load(
                node: source.nodeCode, year: source.fiscalYear, run: source.runId, connection: connection
            ).render(format, to: sink)
        }
    }

    private static func totals(_ dimension: TotalsTable.Dimension, _ format: ExportFormat, stem: String) -> Export {
        Export(stem: stem, format: format) { source, connection, sink in
            try TotalsTable(source: source, dimension: dimension).render(format, connection: connection, to: sink)
        }
    }

    private static func explanations(_ format: ExportFormat) -> Export {
        Export(stem: "explanations", format: format) { source, connection, sink in
            try ExplanationList(source: source).render(format, connection: connection, to: sink)
        }
    }
}

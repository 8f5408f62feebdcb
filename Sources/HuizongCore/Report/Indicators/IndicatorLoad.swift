import Foundation
import Postgres

/// `huizong report indicators FILE`: reads the office's rows, checks them against the
/// scoring edition and the node's current run, and stores them when no finding is an
/// error — all rows or none.
public struct IndicatorLoad {
    /// What a load did: the set stored (nil when refused), the rows read, every finding.
    public struct Outcome: Sendable {
        public var setId: Int64?
        public var rowCount: Int
        public var edition: String
        public var findings: [Finding]

        /// Whether the rows were stored.
        public var accepted: Bool { setId != nil }
    }

    /// Loads `data` (named `fileName`) as `node`'s rows for `year`, checked against
    /// `edition` (default: the newest edition for the year).
    public static func load(
        data: [UInt8], fileName: String, node: String, year: Int, edition: String?, writtenBy: String? = nil,
        files: ProjectFiles, connection: Connection
    ) throws -> Outcome {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        let edition = try ScoringEdition.named(edition, year: year, files: files)
        let costs = try ReportFigures.costIndicatorValues(node: node, year: year, files: files, connection: connection)
        let file = IndicatorFile(data: data, fileName: fileName)
        let (rows, findings) = IndicatorCheck(file: file, edition: edition, costIndicators: costs).run()
        guard !findings.contains(where: { $0.severity == .error }) else {
            return Outcome(setId: nil, rowCount: rows.count, edition: edition.name, findings: findings)
        }
        let id = try IndicatorStore.save(
            rows, node: node, year: year, edition: edition.name, fileName: fileName, data: data, writtenBy: writtenBy,
            connection: connection)
        return Outcome(setId: id, rowCount: rows.count, edition: edition.name, findings: findings)
    }
}

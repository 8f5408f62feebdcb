import Foundation
import Postgres

/// The office's indicator rows in `report.indicator_set` / `report.indicator`: each load is
/// one set, the newest set of a node and year is in force, earlier ones are kept.
public enum IndicatorStore {
    /// The rows in force for `node` and `year` and the edition they were loaded against;
    /// nil when none were loaded.
    public static func load(node: String, year: Int, connection: Connection) throws -> (
        edition: String, rows: [IndicatorRow]
    )? {
        let sets = try connection.execute(
            """
            select id, edition from report.indicator_set
            where node_code = \(node) and fiscal_year = \(year)
            order by id desc limit 1
            """)
        guard let set = sets.first else { return nil }
        let id = try set.decode(Int64.self, "id")
        var rows: [IndicatorRow] = []
        try connection.forEachRow(
            """
            select level1, level2, name, target, actual, weight::text as weight, score::text as score, reason,
                   computed_key
            from report.indicator where set_id = \(id) order by position
            """
        ) { row in
            rows.append(
                IndicatorRow(
                    level1: try row.decode(String.self, "level1"), level2: try row.decode(String.self, "level2"),
                    name: try row.decode(String.self, "name"), target: try row.decode(String.self, "target"),
                    actual: try row.decode(String?.self, "actual"),
                    weight: Points(text: try row.decode(String.self, "weight")) ?? .zero,
                    score: try row.decode(String?.self, "score").flatMap { Points(text: $0) },
                    reason: try row.decode(String?.self, "reason"),
                    computedKey: try row.decode(String?.self, "computed_key")))
        }
        return (try set.decode(String.self, "edition"), rows)
    }

    /// Stores `rows` as the set in force for `node` and `year`; returns its id.
    static func save(
        _ rows: [IndicatorRow], node: String, year: Int, edition: String, fileName: String, data: [UInt8],
        writtenBy: String?, connection: Connection
    ) throws -> Int64 {
        try connection.transaction {
            let inserted = try connection.execute(
                """
                insert into report.indicator_set (node_code, fiscal_year, edition, file_name, sha256, written_by)
                values (\(node), \(year), \(edition), \(fileName), encode(sha256(\(data)), 'hex'), \(writtenBy))
                returning id
                """)
            let id = try inserted.first!.decode(Int64.self, "id")
            for (index, row) in rows.enumerated() {
                try connection.execute(
                    """
                    insert into report.indicator
                        (set_id, position, level1, level2, name, target, actual, weight, score, reason, computed_key)
                    values (\(id), \(index + 1), \(row.level1), \(row.level2), \(row.name), \(row.target),
                            \(row.actual), \(row.weight.description)::numeric, \(row.score?.description)::numeric,
                            \(row.reason), \(row.computedKey))
                    """)
            }
            return id
        }
    }

    /// Whether the set in force for `node` and `year` was loaded from exactly these bytes
    /// against `edition` (the demo loads its sample once).
    static func isInForce(node: String, year: Int, edition: String, data: [UInt8], connection: Connection) throws
        -> Bool
    {
        try connection.execute(
            """
            select 1 from (
                select edition, sha256 from report.indicator_set
                where node_code = \(node) and fiscal_year = \(year) order by id desc limit 1
            ) s
            where s.edition = \(edition) and s.sha256 = encode(sha256(\(data)), 'hex')
            """
        ).count > 0
    }
}

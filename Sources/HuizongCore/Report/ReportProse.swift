import Postgres

/// The office's own sections of the report, Markdown inserted as written: 一（一）部门职能 and
/// （二）部门机构设置 (`basicInfo`), and 六 onwards (`performance`). Stored per node and year in
/// `report.prose` (append-only; the newest text of a part is in force).
public struct ReportProse: Sendable, Equatable {
    /// A part of the report the office writes.
    public enum Part: String, Sendable, CaseIterable {
        case basicInfo = "basic_info"
        case performance
    }

    public var basicInfo: String?
    public var performance: String?

    /// The text of `part`, nil when not written yet.
    public subscript(part: Part) -> String? {
        part == .basicInfo ? basicInfo : performance
    }

    /// The texts in force for `node` and `year`.
    public static func load(node: String, year: Int, connection: Connection) throws -> ReportProse {
        var prose = ReportProse()
        try connection.forEachRow(
            """
            select distinct on (part) part, text
            from report.prose
            where node_code = \(node) and fiscal_year = \(year)
            order by part, id desc
            """
        ) { row in
            let text = try row.decode(String.self, "text")
            switch Part(rawValue: try row.decode(String.self, "part")) {
            case .basicInfo: prose.basicInfo = text
            case .performance: prose.performance = text
            case nil: break
            }
        }
        return prose
    }

    /// Stores `text` as the office's `part` for `node` and `year`, `writtenBy` an account
    /// name (nil from the command line). Refuses an unknown node and an empty text.
    public static func save(
        _ text: String, part: Part, node: String, year: Int, writtenBy: String? = nil, connection: Connection
    ) throws {
        guard try UnitRegistry(connection: connection).find(node) != nil else {
            throw HuizongError.usage(.unknownUnit(code: node))
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw HuizongError.refused(.reportProseEmpty) }
        try connection.execute(
            """
            insert into report.prose (node_code, fiscal_year, part, text, written_by)
            values (\(node), \(year), \(part.rawValue), \(text), \(writtenBy))
            """)
    }
}

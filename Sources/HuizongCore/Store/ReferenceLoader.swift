import Foundation
import Postgres

/// Loads classification code tables (`code,name,level,parent_code`, level 类/款/项) for a
/// fiscal year. PostgreSQL parses the CSV (COPY) and checks it as a set; the year's
/// edition is replaced in one transaction, or not at all.
public struct ReferenceLoader {
    let connection: Connection

    /// The fiscal year the shipped tables are registered for: they serve every later year
    /// until a finance office loads an official table of its own.
    public static let shippedYear = 2020

    /// A loader on an open connection.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// Loads `sql/reference/*.csv` as the shipped edition if no edition of that kind exists.
    func loadShippedIfMissing(files: ProjectFiles) throws {
        for kind in ClassificationKind.allCases {
            let existing = try connection.execute("select 1 from ref.edition where kind = \(kind.rawValue) limit 1")
            guard existing.count == 0 else { continue }
            let data = try Data(contentsOf: files.url("sql/reference/\(kind.fileName)"))
            _ = try replace(kind: kind, year: Self.shippedYear, csv: data, source: "shipped \(kind.fileName)")
        }
    }

    /// Loads a table for `year` from CSV bytes (UTF-8), replacing that year's edition.
    /// Returns the number of codes loaded.
    @discardableResult
    public func load(kind: ClassificationKind, year: Int, csv: Data, source: String) throws -> Int {
        try connection.transaction { try replace(kind: kind, year: year, csv: csv, source: source) }
    }

    private func replace(kind: ClassificationKind, year: Int, csv: Data, source: String) throws -> Int {
        try connection.execute(
            """
            create temp table if not exists reference_staging (
                code text, name text, level text, parent_code text
            ) on commit drop
            """)
        try connection.execute("truncate reference_staging")
        try connection.copyIn(
            "copy reference_staging (code, name, level, parent_code) from stdin with (format csv, header true)"
        ) { writer in
            try writer.writeRaw(Array(csv))
        }
        let problems = try connection.execute(ReferenceChecks.sql)
        if problems.count > 0 {
            throw HuizongError.refused(
                .referenceTableProblems(
                    kind: kind, year: year, source: source,
                    problems: problems.rows.map {
                        Refusal.TableProblem(code: $0["code"] ?? "", problem: $0["problem"] ?? "")
                    }))
        }
        try connection.execute("delete from ref.edition where kind = \(kind.rawValue) and fiscal_year = \(year)")
        try connection.execute(
            "insert into ref.edition (kind, fiscal_year, source) values (\(kind.rawValue), \(year), \(source))")
        let inserted = try connection.execute(
            """
            insert into ref.classification (kind, fiscal_year, code, name, level, parent_code)
            select \(kind.rawValue), \(year), trim(code), trim(name),
                   case trim(level) when '类' then 1 when '款' then 2 else 3 end,
                   nullif(trim(parent_code), '')
            from reference_staging
            """)
        return inserted.affectedRows ?? 0
    }
}

/// The two classifications Huizong checks codes against.
public enum ClassificationKind: String, CaseIterable, Sendable {
    case econ, `func`

    var fileName: String {
        self == .econ ? "economic-classification.csv" : "functional-classification.csv"
    }

    var label: String { self == .econ ? "economic classification" : "functional classification" }
}

/// The set checks a loaded table must pass: one row per offending code.
enum ReferenceChecks {
    static let sql: SQLQuery = """
        with staged as (
            select trim(code) as code, trim(name) as name, trim(level) as level,
                   nullif(trim(parent_code), '') as parent_code
            from reference_staging
        ),
        final as (
            select code, 'code must be 3, 5 or 7 digits' as problem from staged
            where code is null or code !~ '^[0-9]{3}([0-9]{2}){0,2}$'
            union all
            select code, 'level must be 类, 款 or 项 matching the code length' from staged
            where level is null or level not in ('类', '款', '项')
               or length(code) <> case level when '类' then 3 when '款' then 5 else 7 end
            union all
            select code, 'name is empty' from staged where name is null or name = ''
            union all
            select s.code, 'parent ' || coalesce(s.parent_code, '(none)') || ' is not the code''s prefix in the table'
            from staged s
            where length(s.code) > 3
              and (s.parent_code is null or left(s.code, length(s.parent_code)) <> s.parent_code
                   or not exists (select 1 from staged p where p.code = s.parent_code))
            union all
            select code, 'listed more than once' from staged group by code having count(*) > 1
        )
        select code, problem from final order by code collate "C", problem collate "C"
        """
}

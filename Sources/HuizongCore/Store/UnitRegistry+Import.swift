import Foundation
import Postgres

extension UnitRegistry {
    /// Registers many units at once from CSV bytes (`code,name,parent_code` with a header;
    /// parents may come later in the file or already be registered). All or nothing.
    /// Returns how many units were added.
    @discardableResult
    public func importCSV(_ csv: Data) throws -> Int {
        try connection.transaction {
            try connection.execute(
                "create temp table unit_staging (code text, name text, parent_code text) on commit drop")
            try connection.copyIn("copy unit_staging from stdin with (format csv, header true)") { writer in
                try writer.writeRaw(Array(csv))
            }
            let problems = try connection.execute(UnitImportChecks.sql)
            guard problems.count == 0 else {
                throw HuizongError.refused(
                    .unitListProblems(
                        problems.rows.map { Refusal.TableProblem(code: $0["code"] ?? "", problem: $0["problem"] ?? "") }
                    ))
            }
            // One statement: foreign keys are checked at its end, so file order does not matter.
            let inserted = try connection.execute(
                """
                insert into registry.unit (code, name, parent_code)
                select trim(code), trim(name), nullif(trim(parent_code), '') from unit_staging
                """)
            return inserted.affectedRows ?? 0
        }
    }
}

/// The set checks a unit list must pass before any of it is registered.
enum UnitImportChecks {
    static let sql: SQLQuery = """
        with staged as (
            select trim(code) as code, trim(name) as name, nullif(trim(parent_code), '') as parent_code
            from unit_staging
        ),
        final as (
            select coalesce(code, '') as code, 'code must be 1 to 32 letters, digits, dots, underscores or dashes' as problem
            from staged where code is null or code !~ '^[0-9A-Za-z_.-]{1,32}$'
            union all
            select code, 'name is empty' from staged where name is null or name = ''
            union all
            select code, 'listed more than once' from staged group by code having count(*) > 1
            union all
            select s.code, 'already registered' from staged s join registry.unit u using (code)
            union all
            select s.code, 'unknown parent ' || s.parent_code from staged s
            where s.parent_code is not null
              and not exists (select 1 from staged p where p.code = s.parent_code)
              and not exists (select 1 from registry.unit u where u.code = s.parent_code)
        )
        select code, problem from final order by code collate "C", problem collate "C"
        """
}

-- rule: func_code_exists
-- severity: error
-- message: functional classification code (项) not in the reference table of the fiscal year
-- name.en: func_code_exists
-- name.zh: 功能分类代码
-- expected.en: a functional classification code (项) of fiscal year {year}
-- expected.zh: {year} 年度的功能分类代码（项）
-- found.en: {found}
-- found.zh: {found}
with editions as materialized (
    -- the table in force for each submission's year; without a year meta_required reports the file
    select s.id as submission_id, s.fiscal_year, ref.edition_for('func', s.fiscal_year) as edition
    from intake.submission s
    where s.id = any($1::bigint[]) and s.fiscal_year is not null
),
lines as (
    select l.submission_id, l.line_no, l.func_code as code, e.fiscal_year, e.edition,
           l.kind, l.project, l.func_code, l.econ_code
    from intake.line l
    join editions e on e.submission_id = l.submission_id
    where l.submission_id = any($1::bigint[])
      and l.section = 'expenditure'
      and l.func_code is not null
),
final as (
    select l.submission_id, l.line_no, 'func_code' as column_name,
           jsonb_strip_nulls(jsonb_build_object('section', 'expenditure', 'kind', l.kind, 'project', l.project,
                                                'func_code', l.func_code, 'econ_code', l.econ_code)) as item,
           jsonb_build_object('year', l.fiscal_year, 'found', l.code) as args
    from lines l
    -- a hashed subplan: one hash of the code table, whatever the planner guesses of fresh rows
    where (l.edition, l.code) not in (
        select fiscal_year, code from ref.classification where kind = 'func' and level = 3
    )
)
select * from final

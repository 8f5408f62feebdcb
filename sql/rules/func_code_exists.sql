-- rule: func_code_exists
-- severity: error
-- message: functional classification code (项) not in the reference table of the fiscal year
with lines as (
    select l.submission_id, l.line_no, l.func_code, s.fiscal_year
    from intake.line l
    join intake.submission s on s.id = l.submission_id
    where l.submission_id = any($1::bigint[])
      and l.section = 'expenditure'
      and s.fiscal_year is not null  -- without a year meta_required reports the file
      and l.func_code is not null
),
final as (
    select l.submission_id, l.line_no, 'func_code' as column_name,
           'a functional classification code (项) of fiscal year ' || l.fiscal_year as expected,
           l.func_code as found
    from lines l
    where not exists (
        select 1 from ref.classification c
        where c.kind = 'func'
          and c.fiscal_year = ref.edition_for('func', l.fiscal_year)
          and c.code = l.func_code
          and c.level = 3
    )
)
select * from final

-- rule: econ_code_exists
-- severity: error
-- message: economic classification code (款) not in the reference table of the fiscal year
with lines as (
    select l.submission_id, l.line_no, l.econ_code, s.fiscal_year
    from intake.line l
    join intake.submission s on s.id = l.submission_id
    where l.submission_id = any($1::bigint[])
      and l.section = 'expenditure'
      and s.fiscal_year is not null  -- without a year meta_required reports the file
      and l.econ_code is not null
),
final as (
    select l.submission_id, l.line_no, 'econ_code' as column_name,
           'an economic classification code (款) of fiscal year ' || l.fiscal_year as expected,
           l.econ_code as found
    from lines l
    where not exists (
        select 1 from ref.classification c
        where c.kind = 'econ'
          and c.fiscal_year = ref.edition_for('econ', l.fiscal_year)
          and c.code = l.econ_code
          and c.level = 2
    )
)
select * from final

-- rule: meta_required
-- severity: error
-- message: a submission names its unit and fiscal year in meta rows
with present as (
    select s.id as submission_id,
           bool_or(l.item = 'unit_code') as has_unit,
           bool_or(l.item = 'fiscal_year') as has_year
    from intake.submission s
    left join intake.line l on l.submission_id = s.id and l.section = 'meta'
    where s.id = any($1::bigint[])
    group by s.id
),
final as (
    select submission_id, null::int as line_no, 'text' as column_name,
           'a meta row unit_code' as expected, 'none' as found
    from present where not coalesce(has_unit, false)
    union all
    select submission_id, null::int, 'text', 'a meta row fiscal_year', 'none'
    from present where not coalesce(has_year, false)
)
select * from final
